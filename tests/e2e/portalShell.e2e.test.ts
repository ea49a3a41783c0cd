/** Issue 2: the portal shell lists and searches entities through the API, in headless Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, gotoHydrated, startPortal, type Portal } from './browserHarness.js';

describe.skipIf(!browserAvailable())('portal shell in Chromium', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('serves the home page with counts from the seeded graph', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/?lang=en`);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Mechanism/i);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/\d{2,}/);
    expect(problems).toEqual([]);
  });

  it('searches in Chinese and opens an entity page with its sources', async () => {
    const { page, problems } = await portal.newPage();
    await gotoHydrated(page, `${portal.url}/?lang=zh`);
    const box = page.getByRole('searchbox').first();
    await box.fill('公益银行');
    await box.press('Enter');
    await page.waitForURL(/browse/);
    const link = page.locator('a[href*="mechanism%3Acharity-bank"], a[href*="mechanism:charity-bank"]').first();
    await link.click();
    await page.waitForURL(/entity/);
    await expect.poll(() => page.locator('h1').innerText()).toContain('公益银行');
    expect(await page.locator('main').innerText()).toMatch(/002_63d1d70768eea201|唐鸣|要素嵌入/);
    expect(problems).toEqual([]);
  });

  it('answers /graphql on the same port', async () => {
    const res = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes relationships } }' }),
    });
    const body = (await res.json()) as { data: { stats: { nodes: number; relationships: number } } };
    expect(body.data.stats.nodes).toBeGreaterThan(300);
    expect(body.data.stats.relationships).toBeGreaterThan(900);
  });
});
