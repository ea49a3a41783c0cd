/**
 * Issue 6: the reading pages in headless Chromium over the real seed. Every page type renders (an entity page
 * for a sample of every node type) without console errors; the case library filters; the language switch
 * changes the interface and the names; axe-core finds no serious or critical violations; screenshots at 1280×800.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_TYPE_NAMES } from '../../graph-schema/model.js';
import { browserAvailable, injectAxe, ROOT, startPortal, type Portal } from './browserHarness.js';

const SHOTS = join(ROOT, 'docs/screenshots');

/** Polls patiently: other builds may be running on the machine, and nothing here is timed. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page and returns the serious and critical violations, with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

describe.skipIf(!browserAvailable())('teaching and reading pages in Chromium', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  it('renders an entity page for the best-connected entity of every type, with its graph, sources and citation', async () => {
    for (const type of NODE_TYPE_NAMES) {
      const data = await api<{ entities: { nodes: { id: string; nameZh: string; degree: number }[] } }>(
        'query($type: EntityType) { entities(type: $type, first: 100) { nodes { id nameZh degree } } }',
        { type },
      );
      const sample = [...data.entities.nodes].sort((a, b) => b.degree - a.degree)[0];
      expect(sample, type).toBeDefined();
      const { page, problems } = await portal.newPage();
      await page.goto(`${portal.url}/entity/${sample.id}?lang=zh`);
      await poll(() => page.locator('h1').innerText()).toBe(sample.nameZh);
      await page.locator('[data-testid=graph-canvas][aria-busy=false]').waitFor({ state: 'attached' });
      expect(await page.locator('#cite-title').innerText()).toBe('引用');
      expect(await page.locator('.cite').innerText()).toContain('[DB/OL]');
      expect(await page.locator(`a[href="/explore?focus=${encodeURIComponent(sample.id)}"]`).count(), type).toBeGreaterThan(0);
      expect(await page.locator(`a[href="/compare?ids=${encodeURIComponent(sample.id)}"]`).count(), type).toBe(1);
      expect(problems, `${type} ${sample.id}`).toEqual([]);
      await page.context().close();
    }
  }, 300_000);

  it('cites a publication in GB/T 7714 and BibTeX and links sources to the source publication’s page', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/entity/pub:tang-li-2019-embedding?lang=zh`);
    const cite = page.locator('.cite');
    await poll(() => cite.innerText()).toContain('唐鸣, 李梦兰. 城市社区治理社会化的要素嵌入与整体性建构');
    expect(await cite.innerText()).toContain('[J]. 社会主义研究, 2019(4).');
    expect(await cite.innerText()).toContain('@article{tang-li-2019-embedding,');
    // Any list of works exports as BibTeX: here the works this paper cites (once the page is live).
    await page.locator('[data-testid=graph-canvas][aria-busy=false]').waitFor({ state: 'attached' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#rel-CITES\\:out').locator('xpath=..').getByRole('button', { name: '导出 BibTeX' }).click()]);
    const bib = readFileSync(await download.path(), 'utf8');
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(5);
    expect(bib).toContain('@article{granovetter-1985-embeddedness,');
    await page.waitForLoadState('networkidle');
    await page.goto(`${portal.url}/entity/case:jinan-lixia-charity-bank?lang=zh`);
    expect(await page.locator('#sources-title ~ ol a[href="/entity/pub:tang-li-2019-embedding"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('renders every page of the teaching and reading sections without console errors', async () => {
    const pages: [string, RegExp][] = [
      ['/?lang=zh', /精选案例/],
      ['/cases?lang=zh', /个案例/],
      ['/literature?lang=zh', /篇文献/],
      ['/timeline?lang=zh', /个事件/],
      ['/data?lang=zh', /五篇种子文献/],
      ['/present?lang=zh', /现成的讲稿/],
      ['/present/view?deck=shanghai-model-evolution&lang=zh', /上海/],
      ['/present/view?deck=shanghai-model-evolution&mode=handouts&lang=zh', /讲者备注/],
      ['/present/view?deck=shanghai-model-evolution&mode=speaker&lang=zh', /接下来/],
      ['/present/view?case=case:jinan-lixia-charity-bank&lang=zh', /公益银行/],
      ['/present/edit?from=community-social-work&lang=zh', /讲稿编辑器/],
    ];
    for (const [path, expected] of pages) {
      const { page, problems } = await portal.newPage();
      await page.goto(`${portal.url}${path}`);
      await poll(() => page.locator('main').innerText()).toMatch(expected);
      await page.waitForLoadState('networkidle');
      expect(problems, path).toEqual([]);
      await page.context().close();
    }
  }, 300_000);

  it('filters the case library by city and dimension, keeping the filters in the address', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/cases?lang=en`);
    const heading = page.locator('#results-title');
    await poll(() => heading.innerText()).toBe('38 cases');
    await page.getByRole('checkbox', { name: /^Hangzhou\b/ }).check();
    await poll(() => heading.innerText()).toBe('14 cases');
    expect(page.url()).toContain('city=city%3Ahangzhou');
    await page.getByRole('checkbox', { name: /^Technology embedding\b/ }).check();
    await poll(() => heading.innerText()).toBe('1 case');
    expect(await page.locator('.grid article h3').allInnerTexts()).toEqual(['Three-Social Linkage Joined with Consultation in Shangcheng District, Hangzhou']);
    await page.waitForLoadState('networkidle');
    await page.reload();
    await poll(() => heading.innerText()).toBe('1 case');
    await page.getByRole('link', { name: 'Clear all filters' }).click();
    await poll(() => heading.innerText()).toBe('38 cases');
    expect(problems).toEqual([]);
  });

  it('switches the interface and the names to English and keeps the choice', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/entity/mechanism:charity-bank?lang=zh`);
    await poll(() => page.locator('h1').innerText()).toBe('公益银行');
    await page.getByRole('link', { name: 'English' }).click();
    await poll(() => page.locator('h1').innerText()).toBe('Charity Bank');
    expect(await page.locator('nav[aria-label="Main"]').innerText()).toContain('Cases');
    expect(await page.locator('#related-title').innerText()).toMatch(/^Related entities/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The choice persists: a fresh load of another page, with no ?lang=, is in English too.
    // Each page settles before the next is opened, so no request of the last one is cut off mid-flight.
    await page.waitForLoadState('networkidle');
    await page.goto(`${portal.url}/cases`);
    await poll(() => page.locator('h1').innerText()).toBe('Case library');
    await page.waitForLoadState('networkidle');
    await page.goto(`${portal.url}/present/view?deck=third-batch-zones`);
    await poll(() => page.locator('[data-testid=present-show] h2').innerText()).toBe('From work units to the community system');
    await poll(() => page.locator('[data-testid=slide-entities] li').allInnerTexts()).toEqual(['Unit System']);
    expect(problems).toEqual([]);
  });

  it('has no serious or critical accessibility violations on the home, an entity page, the case library and a slide', async () => {
    const targets: [string, string][] = [
      ['/?lang=zh', 'main'],
      ['/entity/case:jinan-lixia-charity-bank?lang=zh', '[data-testid=graph-canvas][aria-busy=false]'],
      ['/cases?lang=en', '.grid'],
      ['/present/view?deck=third-batch-zones&slide=3&step=4&lang=zh', '[data-testid=graph-canvas][aria-busy=false]'],
    ];
    for (const [path, ready] of targets) {
      const { page } = await portal.newPage();
      await page.goto(`${portal.url}${path}`);
      await page.locator(ready).first().waitFor({ state: 'attached' });
      expect(await seriousViolations(page), path).toEqual([]);
      await page.context().close();
    }
  }, 180_000);

  it('takes the screenshots of the home, an entity page, the case library and a slide at 1280×800', async () => {
    const shots: [string, string, string][] = [
      ['home.png', '/?lang=zh', 'main'],
      ['entity.png', '/entity/case:jinan-lixia-charity-bank?lang=zh', '[data-testid=graph-canvas][aria-busy=false]'],
      ['cases.png', '/cases?lang=zh', '.grid'],
      ['slide.png', '/present/view?deck=third-batch-zones&slide=3&step=4&lang=zh', '[data-testid=graph-canvas][aria-busy=false]'],
    ];
    for (const [file, path, ready] of shots) {
      const { page } = await portal.newPage();
      await page.goto(`${portal.url}${path}`);
      await page.locator(ready).first().waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      // Fonts must be in before the picture is taken (Noto Sans SC loads per glyph range).
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(SHOTS, file) });
      expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
      await page.context().close();
    }
  }, 180_000);
});
