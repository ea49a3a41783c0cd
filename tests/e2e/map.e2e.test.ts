/**
 * Issue 9: the map places every city and zone that has coordinates, narrows to a mechanism, moves with the time
 * line, opens entities, exports, and loads nothing but the portal itself and /graphql (no tile server).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, injectAxe, ROOT, startPortal, type Portal } from './browserHarness.js';

interface Place {
  id: string;
  lat: number | null;
  lng: number | null;
  since: number | null;
  mechanisms: { id: string; year: number | null }[];
}

/** Longitude and latitude the map can show (the conic projection folds away elsewhere). */
const inChina = (p: Place) => p.lat !== null && p.lng !== null && p.lng > 60 && p.lng < 150 && p.lat > 0 && p.lat < 60;

/** Serious and critical WCAG 2 A/AA violations axe-core finds inside `selector`. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document.querySelector(sel)!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

describe.skipIf(!browserAvailable())('map in Chromium', () => {
  let portal: Portal;
  let places: Place[];

  beforeAll(async () => {
    portal = await startPortal();
    const res = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ places { id lat lng since mechanisms { id year } } }' }),
    });
    places = ((await res.json()) as { data: { places: Place[] } }).data.places;
  });
  afterAll(async () => {
    await portal?.stop();
  });

  const shownIds = async (page: Page) => (await page.locator('svg [data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!))).sort();

  async function open(page: Page, url: string) {
    await page.goto(url);
    await page.locator('svg [data-place]').first().waitFor();
    // Hydrated: the export buttons are enabled once the client has taken over.
    await expect.poll(() => page.getByRole('button', { name: /PNG/ }).isEnabled()).toBe(true);
  }

  it('shows every place that has a location, over province outlines, loading nothing from outside the portal', async () => {
    const { page, problems } = await portal.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await open(page, `${portal.url}/map?lang=zh`);
    const expected = places.filter(inChina).map((p) => p.id).sort();
    expect(expected.length).toBeGreaterThan(100);
    expect(await shownIds(page)).toEqual(expected);
    expect(await page.locator('svg .provinces path').count()).toBe(34);
    expect(await page.getByRole('status').filter({ hasText: `显示 ${expected.length} 处地点` }).count()).toBe(1);
    // Cleveland (the first community foundation) has coordinates but lies outside China: named below the map.
    expect(await page.locator('main').innerText()).toContain('克利夫兰');
    expect(requested.filter((u) => !u.startsWith(portal.url))).toEqual([]);
    expect(requested.filter((u) => !/\/(_app\/|graphql$|favicon)|\/map\?lang=zh$/.test(u))).toEqual([]);
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/map.png') });
    expect(problems).toEqual([]);
  });

  it('narrows the map to the places where the chosen mechanism is used', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/map?lang=zh`);
    const all = (await shownIds(page)).length;
    await page.getByLabel('按机制筛选').selectOption('mechanism:community-foundation');
    const expected = places.filter((p) => inChina(p) && p.mechanisms.some((m) => m.id === 'mechanism:community-foundation')).map((p) => p.id).sort();
    await expect.poll(() => shownIds(page)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['city:shenzhen', 'zone:chongqing-nanan', 'zone:shanghai-jingan']));
    expect(expected.length).toBeLessThan(all);
    // The choice is in the address, so the filtered map can be shared.
    expect(page.url()).toContain('mechanism=mechanism%3Acommunity-foundation');
    expect(problems).toEqual([]);
  });

  it('shows only what had appeared by the year on the time line', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/map?lang=zh`);
    const slider = page.getByRole('slider');
    const upTo = (year: number) => places.filter((p) => inChina(p) && p.since !== null && p.since <= year).map((p) => p.id).sort();

    await slider.fill('2011');
    await expect.poll(() => shownIds(page)).toEqual(upTo(2011));
    expect(await page.locator('main').innerText()).toContain('截至 2011 年');
    expect(upTo(2011)).toContain('zone:chengde-shuangqiao'); // first batch, 2011
    expect(upTo(2011)).not.toContain('zone:suzhou-gusu'); // third batch, 2015

    await slider.fill('2015');
    await expect.poll(() => shownIds(page)).toEqual(upTo(2015));
    expect(upTo(2015).length).toBeGreaterThan(upTo(2011).length);

    // Playing starts from the first year anything appears.
    await page.getByRole('button', { name: '播放' }).click();
    const first = Math.min(...places.filter(inChina).flatMap((p) => [p.since, ...p.mechanisms.map((m) => m.year)]).filter((y): y is number => y !== null));
    await expect.poll(() => page.locator('output').innerText()).toContain(String(first));
    await page.getByRole('button', { name: '暂停' }).click();
    expect(problems).toEqual([]);
  });

  it('narrows by mechanism and year together, and colours by dimension on request', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/map?lang=en&mechanism=mechanism:three-social-linkage&year=2004&colour=dimension`);
    const expected = places
      .filter((p) => inChina(p) && p.mechanisms.some((m) => m.id === 'mechanism:three-social-linkage' && m.year !== null && m.year <= 2004))
      .map((p) => p.id);
    expect(expected).toEqual(['city:shanghai']);
    expect(await shownIds(page)).toEqual(expected);
    expect(await page.getByRole('radio', { name: 'Embedding dimension' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('opens the entity of a place when it is clicked', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/map?lang=zh`);
    // The zone's diamond lies under the smaller marker of its city; click its top corner, clear of the city.
    const zone = page.locator('svg [data-place="zone:karamay-karamay"]');
    const box = (await zone.boundingBox())!;
    await zone.click({ position: { x: box.width / 2, y: 4 } });
    await page.waitForURL(/\/entity\/zone(:|%3A)karamay-karamay$/);
    await expect.poll(() => page.locator('h1').innerText()).toContain('克拉玛依');
    expect(problems).toEqual([]);
  });

  it('exports the map as SVG with its legend and font, as PNG, and the places shown as CSV', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/map?lang=zh&mechanism=mechanism:grid-management`);
    const get = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return readFileSync((await file.path())!);
    };
    const svg = (await get('下载 SVG 矢量图')).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('网格化管理');
    expect(svg).toContain('data:font/woff2;base64,');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, provinces: doc.querySelectorAll('.provinces path').length, places: doc.querySelectorAll('[data-place]').length };
    }, svg);
    const shown = (await shownIds(page)).length;
    expect(parsed).toEqual({ error: false, provinces: 34, places: shown });

    const png = await get('下载 PNG 图片');
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe((1000 + 16) * 2); // the map's 1000 units, the frame's inset, at twice the size

    const csv = (await get('下载 CSV 数据')).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toHaveLength(shown + 1);
    expect(csv.slice(1).every((line) => line.includes('mechanism:grid-management'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('has no serious accessibility problems (WCAG 2 A/AA, axe-core)', async () => {
    const { page } = await portal.newPage();
    await open(page, `${portal.url}/map?lang=zh`);
    expect(await axeViolations(page, 'main')).toEqual([]);
  });
});
