/**
 * Issue 5: the planner in headless Chromium over the real seed: the form with its defaults and explanations,
 * a profile drawn from the Nan'an case ranked end to end with every score broken down, the profile's URL
 * reopening the same form and ranking, the Markdown report, and the print stylesheet.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, injectAxe, ROOT, startPortal, type Portal } from './browserHarness.js';

const NANAN_MECHANISMS = ['mechanism:three-matters-triage', 'mechanism:community-foundation', 'mechanism:community-charity-station-fund'];

/** Serious and critical WCAG 2 A/AA violations axe-core finds inside `selector`. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document.querySelector(sel)!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

describe.skipIf(!browserAvailable())('planner page in Chromium', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  const ranked = (page: Page) => page.locator('article[data-mechanism]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-mechanism')));

  /** Fills the form with the Nan'an case's city size, problems and resources, and sends it. */
  async function fillNanan(page: Page) {
    await page.getByLabel('City size').selectOption('SUPER_LARGE');
    await page.getByRole('radio', { name: /^Mixed community/ }).check();
    for (const resource of ['Community funds', 'Social organisations', 'Enterprises and units in the area']) await page.getByRole('checkbox', { name: new RegExp(`^${resource}`) }).check();
    await page.getByRole('checkbox', { name: /^Volunteers/ }).uncheck();
    const filter = page.getByRole('searchbox', { name: 'Filter the problems' });
    for (const [text, name] of [['dependence', /^Dependence on Government/], ['Strong Administration', /^Strong Administration, Weak Self-Governance/], ['self-financing', /^Weak Community Self-Financing/]] as const) {
      await filter.fill(text);
      await page.getByRole('checkbox', { name }).check();
    }
    await filter.fill('');
    await page.getByRole('button', { name: 'Rank mechanisms' }).click();
    await page.waitForURL(/run=1/);
  }

  it('opens with the default profile, every field explained, and nothing ranked yet', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/planner?lang=en`);
    expect(await page.getByLabel('City size').inputValue()).toBe('');
    expect(await page.getByRole('radio', { name: /^Mixed community/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Volunteers/ }).isChecked()).toBe(true);
    const text = await page.locator('main').innerText();
    for (const help of [/By urban resident population/, /The kind of district decides/, /Each brings the problems the graph says affect/, /The larger the share of the actors and resources/, /Choose from the problems the graph records, at most 20/]) expect(text).toMatch(help);
    expect(text).toMatch(/In the graph: Volunteer/);
    expect(text).toMatch(/Always counted as present: .*Community Residents' Committee/);
    expect(await page.locator('article[data-mechanism]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('ranks a profile drawn from the Nan’an case with its mechanisms near the top, each score broken into parts that add up', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/planner?lang=en`);
    await fillNanan(page);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('problem').sort()).toEqual(['problem:dependence-on-government', 'problem:strong-administration-weak-autonomy', 'problem:weak-self-financing']);
    expect(url.searchParams.getAll('res')).toEqual(['COMMUNITY_FUNDS', 'SOCIAL_ORGANISATIONS', 'ENTERPRISES_AND_UNITS']);
    await expect.poll(() => ranked(page)).toHaveLength(10);
    const top = (await ranked(page)).slice(0, 5);
    for (const id of NANAN_MECHANISMS) expect(top, id).toContain(id);
    for (const card of await page.locator('article[data-mechanism]').all()) {
      const parts = await card.locator('tr[data-part] td.num strong').allInnerTexts();
      expect(parts).toHaveLength(4);
      const total = Number(await card.locator('tr.total td.num strong').innerText());
      expect(Math.round(parts.reduce((sum, p) => sum + Number(p), 0) * 100)).toBe(Math.round(total * 100));
    }
    const triage = page.locator('article[data-mechanism="mechanism:three-matters-triage"]');
    expect(await triage.locator('ul.evidence').innerText()).toMatch(/Three-Matters Triage and the Mintai Foundation in Nan'an District, Chongqing[\s\S]*Chongqing[\s\S]*Super-large/);
    await triage.locator('tr[data-part=PROBLEMS] summary').click();
    expect(await triage.locator('tr[data-part=PROBLEMS] details').innerText()).toMatch(/Strong Administration, Weak Self-Governance[\s\S]*addressed directly[\s\S]*002_63d1d70768eea201/);
    const grid = page.locator('article[data-mechanism]').filter({ has: page.locator('.cautions') });
    expect(await grid.count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('reopens the same form and ranking from the profile’s URL, and shows more on request', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/planner?lang=en`);
    await fillNanan(page);
    await expect.poll(() => ranked(page)).toHaveLength(10);
    const first = await ranked(page);
    const permalink = await page.getByRole('link', { name: 'Link to this profile' }).getAttribute('href');
    const again = (await portal.newPage()).page;
    await again.goto(`${permalink}&lang=en`);
    await expect.poll(() => ranked(again)).toEqual(first);
    expect(await again.getByLabel('City size').inputValue()).toBe('SUPER_LARGE');
    expect(await again.getByRole('checkbox', { name: /^Community funds/ }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: /^Volunteers/ }).isChecked()).toBe(false);
    expect(await again.getByRole('checkbox', { name: /^Dependence on Government/ }).isChecked()).toBe(true);
    await again.getByRole('link', { name: 'Show 10 more' }).click();
    await expect.poll(() => ranked(again)).toHaveLength(20);
    expect((await ranked(again)).slice(0, 10)).toEqual(first);
    expect(new URL(again.url()).searchParams.get('n')).toBe('20');
    expect(problems).toEqual([]);
  });

  it('exports a Markdown report of what is shown, and prints a report without the form', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/planner?lang=en`);
    await fillNanan(page);
    await expect.poll(() => ranked(page)).toHaveLength(10);
    const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()])) as [Download, void];
    expect(download.suggestedFilename()).toMatch(/^planner-report-\d{4}-\d{2}-\d{2}\.md$/);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md.split('\n')[0]).toBe('# Governance mechanism planning report');
    expect(md).toContain('- City size: Super-large city');
    expect(md).toContain('- Resources at hand: Community funds, Social organisations, Enterprises and units in the area');
    const headings = md.split('\n').filter((l) => /^### \d+\. /.test(l));
    expect(headings).toHaveLength(10);
    const names = await page.locator('article[data-mechanism] h3').allInnerTexts();
    headings.forEach((h, i) => expect(h).toMatch(new RegExp(`^### ${i + 1}\\. ${names[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — [\\d.]+ points$`)));
    for (const table of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) expect(table.replace(/\\\|/g, '').split('|')).toHaveLength(5);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.profile-form').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByText('Governance mechanism planning report ·').isVisible()).toBe(true);
    expect(await page.locator('article[data-mechanism]').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
  });

  it('has no serious accessibility violations (axe-core) in the form and the results', async () => {
    const { page } = await portal.newPage();
    await page.goto(`${portal.url}/planner?size=MEGACITY&problem=problem:volunteer-service-difficulties&res=VOLUNTEERS&run=1&lang=zh`);
    await expect.poll(() => ranked(page)).toHaveLength(10);
    await page.locator('article[data-mechanism] details').first().locator('summary').click();
    expect(await axeViolations(page, 'main')).toEqual([]);
  });

  it('renders a legible planner at 1280×800 (docs/screenshots/planner.png)', async () => {
    const { page } = await portal.newPage();
    await page.goto(`${portal.url}/planner?size=SUPER_LARGE&district=MIXED&problem=problem:dependence-on-government&problem=problem:strong-administration-weak-autonomy&problem=problem:weak-self-financing&res=COMMUNITY_FUNDS&res=SOCIAL_ORGANISATIONS&res=ENTERPRISES_AND_UNITS&run=1&lang=zh`);
    await expect.poll(() => ranked(page)).toHaveLength(10);
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.layout')!.getBoundingClientRect().top + window.scrollY - 16));
    await page.waitForTimeout(300);
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/planner.png') });
  });
});
