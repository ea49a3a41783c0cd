/** Issue 9: the dashboard draws every chart from the real seed, opens the entities behind a bar, and exports. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, injectAxe, ROOT, startPortal, type Portal } from './browserHarness.js';

const CHARTS = [
  'entitiesByType',
  'mechanismsByDimension',
  'zonesByBatch',
  'casesBySizeClass',
  'zonesByProvince',
  'publicationsByYear',
  'publicationsByVenue',
  'centralMechanisms',
  'centralActors',
  'problemsByMechanisms',
];

const chart = (page: Page, id: string) => page.locator(`section[data-chart="${id}"]`);
/** A bar by the label Plot gives it (`<name>: <value>`). */
const bar = (page: Page, id: string, label: string) => chart(page, id).locator(`svg [aria-label="${label}"]`);

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect.poll(() => page.locator('section[data-chart] .plot svg').count()).toBe(CHARTS.length);
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, section: string, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), chart(page, section).getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Serious and critical WCAG 2 A/AA violations axe-core finds inside `selector`. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document.querySelector(sel)!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

describe.skipIf(!browserAvailable())('dashboard in Chromium', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('draws every chart with bars from the real seed, without console errors', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/dashboard?lang=zh`);
    for (const id of CHARTS) {
      expect(await chart(page, id).locator('svg rect[aria-label]').count(), id).toBeGreaterThan(0);
      expect(await chart(page, id).locator('h2').innerText(), id).not.toBe('');
      expect(await chart(page, id).locator('.legend li').count(), id).toBeGreaterThan(0);
    }
    await expect.poll(() => bar(page, 'entitiesByType', '治理机制: 268').count()).toBe(1);
    expect(await bar(page, 'zonesByBatch', '第 4 批: 31').count()).toBe(1);
    expect(await bar(page, 'zonesByProvince', '江苏省 · 第 4 批: 4').count()).toBe(1);
    expect(await chart(page, 'centralMechanisms').locator('svg [aria-label^="社区基金会 · 资源嵌入"]').count()).toBe(1);
    // Axes are labelled in the reader's language.
    expect(await chart(page, 'zonesByBatch').locator('svg').first().textContent()).toContain('实验区数');
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/dashboard.png') });
    expect(problems).toEqual([]);
  });

  it('labels charts in English when the reader chooses English', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/dashboard?lang=en`);
    expect(await bar(page, 'zonesByBatch', 'Batch 1: 12').count()).toBe(1);
    expect(await chart(page, 'mechanismsByDimension').locator('h2').innerText()).toBe('Mechanisms by embedding dimension');
    expect(problems).toEqual([]);
  });

  it('shows hover details for a bar, in both languages', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/dashboard?lang=en`);
    await bar(page, 'zonesByProvince', 'Jiangsu · Batch 3: 2').hover();
    const tip = chart(page, 'zonesByProvince').locator('svg [aria-label="tip"]');
    await expect.poll(() => tip.textContent()).toContain('江苏省');
    expect(await tip.textContent()).toMatch(/Jiangsu.*Batch 3.*2/s);
    expect(problems).toEqual([]);
  });

  it('opens the mechanism behind a bar of the centrality chart', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/dashboard?lang=zh`);
    await chart(page, 'centralMechanisms').locator('svg [aria-label^="社区基金会 · "]').click();
    await page.waitForURL(/\/entity\/mechanism(:|%3A)community-foundation$/);
    await expect.poll(() => page.locator('h1').innerText()).toContain('社区基金会');
    expect(problems).toEqual([]);
  });

  it('lists the zones behind a batch bar, each opening its entity', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/dashboard?lang=zh`);
    await bar(page, 'zonesByBatch', '第 1 批: 12').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('li').count()).toBe(12);
    await dialog.getByRole('link', { name: '承德市双桥区' }).click();
    await page.waitForURL(/\/entity\/zone(:|%3A)chengde-shuangqiao$/);
    expect(problems).toEqual([]);
  });

  it('exports a chart as PNG, as SVG with the Chinese font inside, and its data as CSV', async () => {
    const { page, problems } = await portal.newPage();
    await open(page, `${portal.url}/dashboard?lang=zh`);

    const png = await download(page, 'zonesByBatch', '下载 PNG 图片');
    expect(png.name).toBe('atlas-zonesByBatch-zh.png');
    const plotWidth = Number(await chart(page, 'zonesByBatch').locator('.plot svg').getAttribute('width'));
    // Twice the chart's width (sharp on slides), plus the frame's 8px inset on each side.
    expect(pngSize(png.bytes).width).toBe((plotWidth + 16) * 2);

    const svg = await download(page, 'zonesByBatch', '下载 SVG 矢量图');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('各批次的全国社区治理和服务创新实验区');
    expect(text).toMatch(/@font-face\{font-family:"Noto Sans SC";[^}]*src:url\(data:font\/woff2;base64,/);
    // The file is well-formed SVG: the browser parses it without an error and finds the bars.
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, bars: doc.querySelectorAll('rect[aria-label]').length };
    }, text);
    expect(parsed).toEqual({ error: false, bars: 3 });

    const csv = (await download(page, 'zonesByBatch', '下载 CSV 数据')).bytes.toString('utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('代码,批次,分类,实验区数,条目标识符');
    expect(lines[1]).toMatch(/^1,第 1 批,第 1 批,12,zone:/);
    expect(lines).toHaveLength(4);
    expect(problems).toEqual([]);
  });

  it('has no serious accessibility problems (WCAG 2 A/AA, axe-core)', async () => {
    const { page } = await portal.newPage();
    await open(page, `${portal.url}/dashboard?lang=zh`);
    expect(await axeViolations(page, 'main')).toEqual([]);
  });
});
