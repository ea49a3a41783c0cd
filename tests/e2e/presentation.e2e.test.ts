/**
 * Issue 6: presentation mode in headless Chromium over the real seed. A trainer builds a deck in the builder,
 * steps through it with the keyboard (progressive reveal, ←/→, Esc), saves it as a file, and opens the file
 * again in a fresh browser; decks also open from an address, in the speaker view and as handouts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../../web/src/lib/decks/deck.js';
import { browserAvailable, gotoHydrated, startPortal, type Portal } from './browserHarness.js';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });
const LIXIA = 'case:jinan-lixia-charity-bank';

/** The entities a slide shows at this moment (its text alternative, kept in step with the canvas). */
const shown = (page: Page) => page.locator('[data-testid=present-show] [data-testid=slide-entities] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
const position = (page: Page) => page.locator('[data-testid=present-position]').innerText();

describe.skipIf(!browserAvailable())('presentation mode in Chromium', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('builds a deck, steps through it with the keyboard, saves it, and opens the saved file again', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/present/edit?new=1&lang=en`);
    await page.getByLabel('Title (中文)').fill('历下区公益银行');
    await page.getByLabel('Title (English)').fill('The Lixia charity bank');

    // Slide 1: the case and everything linked to it, the mechanisms revealed in a second step.
    await page.locator('.texts input[lang=en]').first().fill('Charity bank');
    await page.getByRole('searchbox', { name: 'Find entities' }).fill('历下区三级');
    await page.getByRole('searchbox', { name: 'Find entities' }).press('Enter');
    await page.getByRole('button', { name: /^With neighbours\W+Three-Tier Charity Bank in Lixia/ }).click();
    await poll(() => page.locator('.nodes tbody tr').count()).toBeGreaterThan(8);
    const slide1Count = await page.locator('.nodes tbody tr').count();
    for (const name of ['Charity Bank', 'Four-Social Linkage']) {
      await page.getByRole('combobox', { name: `When ${name} appears` }).selectOption('1');
    }
    await page.getByRole('checkbox', { name: 'Highlight Charity Bank' }).check();

    // Slide 2: one mechanism on its own.
    await page.getByRole('button', { name: 'Add a slide' }).click();
    await page.locator('.texts input[lang=en]').first().fill('Three-social linkage');
    await page.getByRole('searchbox', { name: 'Find entities' }).fill('三社联动');
    await page.getByRole('searchbox', { name: 'Find entities' }).press('Enter');
    await page.getByRole('button', { name: /^Add\W+Three-Social Linkage$/ }).click();
    await poll(() => page.locator('.nodes tbody tr').count()).toBe(1);

    // Save as a file, and check what was written.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as file' }).click()]);
    const file = await download.path();
    const saved = parseDeck(JSON.parse(readFileSync(file, 'utf8')));
    if (!saved.ok) throw new Error(saved.errors.join('\n'));
    expect(saved.deck.title).toEqual({ zh: '历下区公益银行', en: 'The Lixia charity bank' });
    expect(saved.deck.slides).toHaveLength(2);
    expect(saved.deck.slides[0]).toMatchObject({ highlights: ['mechanism:charity-bank'], steps: [['mechanism:charity-bank', 'mechanism:four-social-linkage']] });
    expect(saved.deck.slides[0].nodes).toContain(LIXIA);
    expect(saved.deck.slides[1].nodes).toEqual(['mechanism:three-social-linkage']);

    // Present: the reveal, then the next slide, then back, with the keyboard only.
    await page.getByTestId('present-draft').click();
    await page.waitForURL(/\/present\/view\?draft=1/);
    await poll(() => position(page)).toMatch(/^Slide 1 of 2/);
    await poll(() => shown(page)).toHaveLength(slide1Count - 2);
    expect(await shown(page)).not.toContain('mechanism:charity-bank');
    await page.keyboard.press('ArrowRight');
    await poll(() => shown(page)).toHaveLength(slide1Count);
    expect(await shown(page)).toContain('mechanism:charity-bank');
    expect(page.url()).toContain('slide=1&step=2');
    await page.keyboard.press('ArrowRight');
    await poll(() => position(page)).toMatch(/^Slide 2 of 2/);
    await poll(() => shown(page)).toEqual(['mechanism:three-social-linkage']);
    await page.keyboard.press('ArrowRight'); // the end stays the end
    await poll(() => position(page)).toMatch(/^Slide 2 of 2/);
    await page.keyboard.press('ArrowLeft');
    await poll(() => position(page)).toMatch(/^Slide 1 of 2/);
    await poll(() => shown(page)).toHaveLength(slide1Count); // back to slide 1 as it was left, fully revealed
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/present\/edit$/);
    expect(problems).toEqual([]);

    // A fresh browser (no draft in its storage) opens the saved file and shows the same deck.
    const fresh = await portal.newPage();
    await gotoHydrated(fresh.page, `${portal.url}/present?lang=en`);
    await fresh.page.locator('#deck-file').setInputFiles(file);
    await fresh.page.waitForURL(/\/present\/edit$/);
    await poll(() => fresh.page.getByLabel('Title (English)').inputValue()).toBe('The Lixia charity bank');
    expect(await fresh.page.locator('.slides ol li').count()).toBe(2);
    await fresh.page.getByTestId('present-draft').click();
    await poll(() => shown(fresh.page)).toHaveLength(slide1Count - 2);
    await fresh.page.keyboard.press('ArrowRight');
    await poll(() => shown(fresh.page)).toHaveLength(slide1Count);
    expect(fresh.problems).toEqual([]);
  }, 300_000);

  it('opens a deck from an address and keeps the place in the address', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/present/view?src=${encodeURIComponent('/decks/occupational-groups.json')}&slide=2&lang=zh`);
    await poll(() => position(page)).toMatch(/^第 2 \/ 5 张/);
    expect(await page.locator('[data-testid=present-show] h2').innerText()).toBe('职业群体有多大');
    await page.keyboard.press('End');
    await poll(() => position(page)).toMatch(/^第 5 \/ 5 张/);
    expect(page.url()).toContain('slide=5');
    await page.keyboard.press('Home');
    await poll(() => position(page)).toMatch(/^第 1 \/ 5 张/);
    expect(problems).toEqual([]);
  });

  it('refuses a file that is not a deck, naming what is wrong', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/present?lang=en`);
    await page.locator('#deck-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'governance-atlas/deck', version: 1, slides: [{ nodes: ['not an id'] }] })) });
    await poll(() => page.getByRole('alert').innerText()).toContain('slides[0].nodes[0]: not an entity id');
    expect(page.url()).toMatch(/\/present\?lang=en$/);
    expect(problems).toEqual([]);
  });

  it('keeps the speaker view in step with the projected slides', async () => {
    const context = await portal.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const slides = await context.newPage();
    const speaker = await context.newPage();
    await slides.goto(`${portal.url}/present/view?deck=community-social-work&lang=en`);
    await speaker.goto(`${portal.url}/present/view?deck=community-social-work&mode=speaker&lang=en`);
    await poll(() => speaker.locator('[data-testid=present-speaker] .text').innerText()).toContain('all-encompassing management');
    await slides.keyboard.press('ArrowRight');
    await slides.keyboard.press('ArrowRight');
    await slides.keyboard.press('ArrowRight');
    await poll(() => speaker.locator('[data-testid=present-speaker] .where').innerText()).toMatch(/^Slide 2 of 6/);
    expect(await speaker.locator('[data-testid=present-speaker] .text').innerText()).toContain('bring in community social work only at the end');
    await context.close();
  });

  it('lays out every slide with its notes as printable handouts', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/present/view?deck=hangzhou-new-social-strata&mode=handouts&lang=zh`);
    await poll(() => page.locator('li.handout').count()).toBe(5);
    await poll(() => page.locator('[data-testid=graph-canvas][aria-busy=false]').count()).toBe(5);
    expect(await page.locator('.handout .notes').count()).toBe(5);
    await page.getByRole('checkbox', { name: '包含讲者备注' }).uncheck();
    expect(await page.locator('.handout .notes').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
  }, 120_000);
});
