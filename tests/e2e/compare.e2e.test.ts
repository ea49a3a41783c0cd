/**
 * Issue 5: the compare page in headless Chromium over the real seed: pick entities by search (starting from an
 * entity page's `?ids=` link), read the table and the union graph, filter and sort, reopen the permalink to the
 * same view, and export CSV and Markdown that are valid and hold what the table shows.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, injectAxe, ROOT, startPortal, type Portal } from './browserHarness.js';

const MODELS = 'ids=model:shanghai-model,model:shenyang-model';
const MEGACITY_ARTICLE = 'pub:megacity-grassroots-governance';

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF records); throws on a malformed file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field, record ${rows.length + 1}`);
      quoted = true;
    } else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else if (c === '\n' || c === '\r') throw new Error(`a bare line break, record ${rows.length + 1}`);
    else field += c;
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('the last record is not complete');
  return rows;
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

describe.skipIf(!browserAvailable())('compare page in Chromium', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  const row = (page: Page, facet: string) => page.locator(`.compare-table tr[data-facet=${facet}]`);
  const items = (page: Page, facet: string, column: number) => row(page, facet).locator('td').nth(column).locator('li[data-key]');

  async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
    const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()])) as [Download, void];
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  }

  it('shows two city models side by side: shared and unique items marked, sources in every cell, the union graph drawn', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/compare?${MODELS}&lang=en`);
    const heads = page.locator('.compare-table thead th');
    await expect.poll(() => heads.allInnerTexts()).toEqual(['Facet', expect.stringContaining('Shanghai Model'), expect.stringContaining('Shenyang Model')]);
    // The megacity article discusses both: shared, starred in both columns.
    for (const column of [0, 1]) {
      const shared = items(page, 'SOURCES', column).and(page.locator(`[data-key="${MEGACITY_ARTICLE}"]`));
      await expect.poll(() => shared.getAttribute('class')).toMatch(/shared/);
      expect(await shared.innerText()).toMatch(/★/);
    }
    // What only one model puts first is unique to its column.
    expect(await items(page, 'PROBLEMS', 0).and(page.locator('[data-key="problem:public-goods-supply"]')).getAttribute('class')).toMatch(/unique/);
    expect(await items(page, 'PROBLEMS', 1).and(page.locator('[data-key="problem:community-cohesion-publicness"]')).count()).toBe(1);
    expect(await items(page, 'PROBLEMS', 1).and(page.locator('[data-key="problem:public-goods-supply"]')).count()).toBe(0);
    expect(await row(page, 'MECHANISMS').locator('td').nth(0).locator('details summary').innerText()).toMatch(/\d+ sources/);
    // Facets neither model has anything in are named, not drawn as empty rows.
    expect(await page.locator('main').innerText()).toMatch(/Nothing to compare in: Dimensions, Cases/);
    const figure = page.locator('figure.union');
    await expect.poll(async () => Number(await figure.getAttribute('data-drawn')), { timeout: 30_000 }).toBeGreaterThan(10);
    expect(await figure.getAttribute('data-drawn')).toBe(await figure.getAttribute('data-nodes'));
    expect(problems).toEqual([]);
  });

  it('starts from an entity page’s compare link and adds the second entity by searching', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/compare?ids=model:shanghai-model&lang=zh`);
    await expect.poll(() => page.locator('.chips li').allInnerTexts()).toEqual([expect.stringContaining('上海模式')]);
    expect(await page.locator('main').innerText()).toMatch(/再选 1 个实体/);
    const box = page.getByRole('combobox', { name: '搜索并添加实体' });
    await box.fill('沈阳模式');
    await page.getByRole('option', { name: /沈阳模式/ }).first().waitFor();
    await box.press('Enter');
    await page.waitForURL(/ids=model:shanghai-model,model:shenyang-model/);
    await expect.poll(() => page.locator('.compare-table thead th').count()).toBe(3);
    // Removing one goes back to picking.
    await page.getByRole('button', { name: '移除“上海模式”' }).click();
    await page.waitForURL((u) => u.search === '?ids=model:shenyang-model');
    await expect.poll(() => page.locator('.compare-table').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('filters and orders the table, and its permalink reopens the same view', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/compare?${MODELS}&lang=en`);
    await row(page, 'SOURCES').waitFor();
    await page.getByRole('radio', { name: 'Shared only' }).check();
    await page.waitForURL(/show=shared/);
    await expect.poll(() => page.locator('.compare-table tbody tr').count()).toBe(1);
    expect(await page.locator('.compare-table li.unique').count()).toBe(0);
    await page.getByRole('radio', { name: 'All' }).check();
    await page.getByRole('searchbox', { name: 'Find in items' }).fill('party');
    await page.waitForURL(/q=party/);
    await page.getByLabel('Order columns').selectOption('name');
    await page.waitForURL(/cols=name/);
    const shown = async () => ({ url: page.url(), rows: await page.locator('.compare-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-facet'), tr.querySelectorAll('li[data-key]').length])) });
    await expect.poll(async () => (await shown()).rows).toEqual([['ACTORS', 1], ['MECHANISMS', 2]]);
    const before = await shown();
    const permalink = await page.getByLabel('Permalink').inputValue();
    expect(permalink).toBe(before.url.replace(/&lang=en/, ''));
    const again = (await portal.newPage()).page;
    await again.goto(`${permalink}&lang=en`);
    await expect.poll(() => again.locator('.compare-table tbody tr').count()).toBe(2);
    expect(await again.getByRole('searchbox', { name: 'Find in items' }).inputValue()).toBe('party');
    expect(await again.getByLabel('Order columns').inputValue()).toBe('name');
    expect(await again.locator('.compare-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-facet'), tr.querySelectorAll('li[data-key]').length]))).toEqual(before.rows);
    expect(problems).toEqual([]);
  });

  it('exports the table as valid CSV and Markdown holding what is shown', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/compare?${MODELS}&lang=en`);
    await row(page, 'SOURCES').waitFor();
    const shownItems = await page.locator('.compare-table tbody tr').evaluateAll((trs) =>
      trs.flatMap((tr) => [...new Set(Array.from(tr.querySelectorAll('li[data-key]'), (li) => `${tr.getAttribute('data-facet')}|${li.getAttribute('data-key')}`))]),
    );

    const csv = await downloaded(page, 'Download CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['facet', 'item_id', 'name_zh', 'name_en', 'status', 'model:shanghai-model', 'model:shanghai-model sources', 'model:shenyang-model', 'model:shenyang-model sources']);
    for (const r of rows) expect(r).toHaveLength(rows[0].length);
    expect(rows.length - 1).toBe(shownItems.length);
    const article = rows.find((r) => r[1] === MEGACITY_ARTICLE)!;
    expect(article[4]).toBe('shared');
    expect(article[5]).toBe('<DISCUSSES');
    expect(article[6]).toMatch(/003_ad735a5df5dadb0c § /);

    const md = await downloaded(page, 'Download Markdown');
    expect(md.name).toMatch(/\.md$/);
    const lines = md.text.split('\n');
    expect(lines[0]).toBe('# Comparison: Shanghai Model · Shenyang Model');
    const header = lines.findIndex((l) => l.startsWith('| Facet |'));
    expect(lines[header]).toBe('| Facet | Shanghai Model | Shenyang Model |');
    expect(lines[header + 1]).toBe('| --- | --- | --- |');
    const body = lines.slice(header + 2, lines.indexOf('', header));
    expect(body).toHaveLength(await page.locator('.compare-table tbody tr').count());
    for (const l of body) expect(l.replace(/\\\|/g, '').split('|')).toHaveLength(5);
    expect(md.text).toContain(`/compare?${MODELS}`);
    expect(problems).toEqual([]);
  });

  it('has no serious accessibility violations (axe-core), with a comparison and while picking', async () => {
    const { page } = await portal.newPage();
    await page.goto(`${portal.url}/compare?${MODELS}&lang=zh`);
    await row(page, 'SOURCES').waitFor();
    await page.locator('.compare-table details').first().locator('summary').click();
    expect(await axeViolations(page, 'main')).toEqual([]);
    await page.goto(`${portal.url}/compare?ids=model:shanghai-model&lang=en`);
    expect(await axeViolations(page, 'main')).toEqual([]);
  });

  it('renders a legible comparison at 1280×800 (docs/screenshots/compare.png)', async () => {
    const { page } = await portal.newPage();
    await page.goto(`${portal.url}/compare?${MODELS}&lang=zh`);
    const figure = page.locator('figure.union');
    await expect.poll(async () => Number(await figure.getAttribute('data-drawn')), { timeout: 30_000 }).toBeGreaterThan(10);
    await page.evaluate(() => document.fonts.ready);
    await page.locator('.compare-table').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.toolbar')!.getBoundingClientRect().top + window.scrollY - 16));
    await page.waitForTimeout(300);
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/compare.png') });
  });
});
