/**
 * Issue 7: curator text cannot run in the portal, and the pages forbid inline script.
 *
 * A curator saves labels that are HTML (`<img src=x onerror=…>`, `<script>`) through the real authenticated
 * mutations: an entity is renamed and described, a new one is created and linked to others, and the case, city,
 * problem, actor and publication that the other pages show are renamed. Every page type that can show them is then
 * opened, in both languages: the label must be there as text, no <img src="x"> may be in the DOM, no dialog may open,
 * no `onerror` may have run (the payload sets `window.__xss`), and nothing may have asked for `/x`.
 *
 * Every page must come with a Content-Security-Policy whose script-src allows neither 'unsafe-inline' nor
 * 'unsafe-eval', and the browser must report no violation of it (securitypolicyviolation events, collected from
 * the first byte of each document, and console messages) on any page, also while the explorer expands, lays out
 * and exports, and while a chart is exported as PNG. Non-page responses carry a policy that allows nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CuratorTokens, hashToken } from '../../api/src/auth/curatorTokens.js';
import { NON_PAGE_CSP } from '../../api/src/server/securityHeaders.js';
import { browserAvailable, gotoHydrated, startPortal, type Portal } from './browserHarness.js';

const TOKEN = 'atlas_xss-csp-curator-0123456789abcdef';

/** The label of the issue: a dialog if it ever runs. */
const ALERT = '<img src=x onerror=alert(1)>';
/** The same, leaving a mark instead, so a run is seen even if a dialog were missed. */
const MARK = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
/** Names begin with ALERT, so a name shortened for a chart axis or a map label still holds it whole. */
const label = (zh: string, en: string) => ({ nameZh: `${ALERT} ${MARK} ${zh}`, nameEn: `${ALERT} ${MARK} ${en}` });
const SUMMARY = { summaryZh: `${SCRIPT}${MARK} 摘要`, summaryEn: `${SCRIPT}${MARK} summary` };

const PROBE = 'mechanism:xss-probe';
const CASE = 'case:jinan-lixia-charity-bank';
const NEIGHBOUR = 'actor:social-worker';
const PROBLEM = 'problem:dependence-on-government';
const CITY = 'city:jinan';
const ACTOR = 'actor:residents-committee';
const PUBLICATION = 'pub:tang-li-2019-embedding';
const SEED_DOC = '002_63d1d70768eea201';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });

interface Watch {
  dialogs: string[];
  /** securitypolicyviolation events, from every document the page loaded. */
  violations: string[];
  /** Console messages about the policy (Chromium also logs each violation). */
  cspConsole: string[];
  /** Requests for the payload's image (`x`, relative to the page). */
  xRequests: string[];
  /** The Content-Security-Policy of every document (page) response. */
  documents: { url: string; csp: string | null }[];
}

/** The directive's sources, or null when the policy does not name it. */
function directive(csp: string, name: string): string[] | null {
  const found = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === name);
  return found ? found.slice(1) : null;
}

/** Text a reader can see (or a screen reader hears): every text node outside script, style and template. */
function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement?.closest('script, style, template, noscript')) parts.push(n.nodeValue ?? '');
    }
    return parts.join('\n');
  });
}

describe.skipIf(!browserAvailable())('XSS and Content-Security-Policy in Chromium', () => {
  let portal: Portal;

  async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const res = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors, query).toBeUndefined();
    return body.data;
  }

  const source = [{ doc: SEED_DOC, locator: MARK }];
  const update = (id: string, properties: Record<string, unknown>) =>
    graphql(`mutation($id: ID!, $p: EntityPropertiesInput!) { updateEntity(id: $id, properties: $p) { entity { id } } }`, { id, p: properties }, TOKEN);
  const link = (from: string, type: string, to: string, properties: Record<string, unknown> = {}) =>
    graphql(
      `mutation($from: ID!, $type: RelationType!, $to: ID!, $p: RelationshipPropertiesInput, $s: [SourceInput!]!) {
        createRelationship(from: $from, type: $type, to: $to, properties: $p, sources: $s) { relationship { id } } }`,
      { from, type, to, p: properties, s: source },
      TOKEN,
    );

  beforeAll(async () => {
    portal = await startPortal(undefined, { curatorTokens: CuratorTokens.load({ curatorTokensFile: undefined, curatorTokens: `xss-curator:${hashToken(TOKEN)}` }) });
    // Everything through the real, authenticated mutations, as a curator would.
    await graphql(
      `mutation($p: EntityPropertiesInput!, $s: [SourceInput!]!) { createEntity(type: Mechanism, id: "${PROBE}", properties: $p, sources: $s) { entity { id } } }`,
      { p: { ...label('探针机制', 'probe mechanism'), ...SUMMARY, aliases: [ALERT, MARK], yearFrom: 2016, dimensions: ['subject'] }, s: source },
      TOKEN,
    );
    const note = { noteZh: `${MARK} 说明`, noteEn: `${MARK} note` };
    await link(CASE, 'APPLIES', PROBE, note);
    await link(PROBE, 'INVOLVES', NEIGHBOUR, { role: MARK, ...note });
    await link(PROBE, 'ADDRESSES', PROBLEM, note);
    await link(PROBE, 'EXTENDS', 'mechanism:three-social-linkage', note);
    await link(PROBE, 'ORIGINATED_IN', CITY, { year: 2016, ...note });
    await update(CASE, { ...label('历下区案例', 'Lixia case'), ...SUMMARY, locality: MARK });
    await update(CITY, label('济南', 'Jinan'));
    await update(PROBLEM, { ...label('依赖政府', 'dependence on government'), ...SUMMARY });
    await update(ACTOR, label('居委会', 'residents committee'));
    await update(PUBLICATION, { ...label('唐鸣 李梦兰', 'Tang and Li'), authorsText: MARK, venue: MARK });
    // The home page features the best-connected cases; the first of them is renamed too.
    const pool = await graphql<{ entities: { nodes: { id: string; degree: number }[] } }>('{ entities(type: Case, first: 50) { nodes { id degree } } }', {});
    const featured = [...pool.entities.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0];
    if (featured.id !== CASE) await update(featured.id, label('首页案例', 'featured case'));
  });
  afterAll(async () => {
    await portal?.stop();
  });

  /** A page that records dialogs, policy violations and requests for the payload's image from its first document. */
  async function watchedPage(): Promise<{ page: Page; problems: string[]; watch: Watch }> {
    const { page, problems } = await portal.newPage();
    const watch: Watch = { dialogs: [], violations: [], cspConsole: [], xRequests: [], documents: [] };
    page.on('dialog', (d) => {
      watch.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/content.security.policy/i.test(m.text())) watch.cspConsole.push(m.text());
    });
    page.on('request', (r) => {
      // `src=x` is relative: /x, /entity/x, /present/x…
      if (new URL(r.url()).pathname.endsWith('/x')) watch.xRequests.push(r.url());
    });
    page.on('response', (r) => {
      if (r.request().resourceType() === 'document') watch.documents.push({ url: r.url(), csp: r.headers()['content-security-policy'] ?? null });
    });
    // A binding reaches the test from every document the page loads; the listener is in place before the page's
    // own HTML is parsed, so a blocked inline script or handler anywhere in a page is seen.
    await page.exposeFunction('__atlasCspViolation', (v: string) => watch.violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __atlasCspViolation: (v: string) => void }).__atlasCspViolation;
        report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
      });
    });
    return { page, problems, watch };
  }

  /** Nothing ran, nothing was injected, and the policy was sent with every page and never broken. */
  async function expectSafe(page: Page, watch: Watch, problems: string[]) {
    const dom = await page.evaluate(() => ({
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      // A <script> element made from the payload (SvelteKit's own scripts carry the page's data, payload included, as
      // escaped string literals: those are not counted).
      injectedScripts: Array.from(document.querySelectorAll('script')).filter((s) => (s.textContent ?? '').trim().startsWith('window.__xss')).length,
    }));
    expect(dom).toEqual({ injectedImages: 0, xss: null, injectedScripts: 0 });
    expect(watch.dialogs).toEqual([]);
    expect(watch.xRequests).toEqual([]);
    expect(watch.violations).toEqual([]);
    expect(watch.cspConsole).toEqual([]);
    expect(watch.documents.length).toBeGreaterThan(0);
    for (const { url, csp } of watch.documents) {
      expect(csp, url).toBeTruthy();
      const scriptSrc = directive(csp!, 'script-src');
      expect(scriptSrc, `${url}: ${csp}`).not.toBeNull();
      expect(scriptSrc, url).not.toContain("'unsafe-inline'");
      expect(scriptSrc, url).not.toContain("'unsafe-eval'");
      expect(scriptSrc!.filter((s) => s === '*' || /^(https?|data|blob):$/.test(s)), url).toEqual([]);
      expect(directive(csp!, 'object-src'), url).toEqual(["'none'"]);
      expect(directive(csp!, 'frame-ancestors'), url).toEqual(["'none'"]);
      expect(directive(csp!, 'base-uri'), url).toEqual(["'self'"]);
    }
    expect(problems).toEqual([]);
  }

  it('stores the labels exactly as the curator typed them (nothing is escaped or stripped on the way in)', async () => {
    type Named = { id: string; nameZh: string; nameEn: string; summaryEn: string };
    const data = await graphql<{ probe: Named; renamed: Named }>(
      'query($a: ID!, $b: ID!) { probe: node(id: $a) { id nameZh nameEn summaryEn } renamed: node(id: $b) { id nameZh nameEn summaryEn } }',
      { a: PROBE, b: CASE },
    );
    expect(data.probe).toEqual({ id: PROBE, ...label('探针机制', 'probe mechanism'), summaryEn: SUMMARY.summaryEn });
    expect(data.renamed).toMatchObject(label('历下区案例', 'Lixia case'));
  });

  /** Every page type that can show the labels, with the address that shows them. */
  const PAGES: [string, string][] = [
    ['home', '/'],
    ['browse (search)', '/browse?q=onerror'],
    ['entity: the new entity', `/entity/${PROBE}`],
    ['entity: a neighbour of it', `/entity/${NEIGHBOUR}`],
    ['entity: a renamed case', `/entity/${CASE}`],
    ['entity: a publication', `/entity/${PUBLICATION}`],
    ['explore', `/explore?focus=${PROBE}`],
    ['compare', `/compare?ids=${PROBE},mechanism:three-social-linkage`],
    ['cases', '/cases'],
    ['present: a deck made from the entity', `/present/view?entity=${PROBE}`],
    ['present: handouts', `/present/view?entity=${PROBE}&mode=handouts`],
    ['literature', '/literature'],
    ['timeline', '/timeline'],
    ['dashboard', '/dashboard'],
    ['map', '/map'],
    ['planner: results for the renamed problem', `/planner?problem=${PROBLEM}&run=1`],
    ['data', '/data'],
  ];
  const LANGS = ['zh', 'en'] as const;

  it.each(PAGES.flatMap(([name, path]) => LANGS.map((lang) => [name, lang, path] as const)))('%s (%s) shows the label as text and runs none of it', async (_name, lang, path) => {
    const { page, problems, watch } = await watchedPage();
    await page.goto(`${portal.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
    await poll(() => readableText(page)).toContain(ALERT);
    await expectSafe(page, watch, problems);
  });

  it('pages without curator text, the search from the home page and an unknown entity (404) are covered too', async () => {
    const { page, problems, watch } = await watchedPage();
    for (const path of ['/present?lang=en', '/present/edit?new=1&lang=en']) {
      await page.goto(`${portal.url}${path}`);
      await page.locator('main').waitFor();
    }
    // Search from the home page: the browse page is reached by client-side navigation, its data as JSON.
    await gotoHydrated(page, `${portal.url}/?lang=en`);
    const box = page.getByRole('searchbox').first();
    await box.fill('onerror');
    await box.press('Enter');
    await page.waitForURL(/browse/);
    await poll(() => readableText(page)).toContain(ALERT);
    await expectSafe(page, watch, problems);

    // An unknown entity: SvelteKit's error page, under the same policy (the browser logs the 404 itself).
    const notFound = await watchedPage();
    const missing = await notFound.page.goto(`${portal.url}/entity/mechanism:does-not-exist?lang=en`);
    expect(missing?.status()).toBe(404);
    await notFound.page.locator('main h1').waitFor();
    expect(notFound.problems).toEqual(['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
    await expectSafe(notFound.page, notFound.watch, []);
  });

  it('explorer: the label in the list and details, expanding, a new layout and exports, without a violation', async () => {
    const { page, problems, watch } = await watchedPage();
    await page.goto(`${portal.url}/explore?focus=${PROBE}&lang=en`);
    await page.locator('[data-testid=graph-canvas][aria-busy=false]').waitFor({ state: 'attached' });
    const count = async () => Number((await page.locator('.view-counts').innerText()).match(/(\d+) entities/)?.[1] ?? NaN);
    const before = await count();
    expect(before).toBeGreaterThan(3);

    await page.getByRole('tab', { name: 'List' }).click();
    const rows = page.locator('#panel-list table').first().locator('tbody tr');
    await poll(() => rows.count()).toBe(before);
    const probeName = label('探针机制', 'probe mechanism').nameEn;
    await page.getByRole('button', { name: probeName, exact: true }).click();
    await poll(() => page.locator('.right h3.name').innerText()).toBe(probeName);
    expect(await page.locator('.right').innerText()).toContain(SUMMARY.summaryEn);

    // Expand a neighbour in place, then lay the view out again.
    await rows.getByRole('button', { name: /^\+\d+$/ }).first().click();
    await poll(() => count()).toBeGreaterThan(before);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await page.getByRole('button', { name: 'Re-layout' }).click();
    await page.locator('[data-testid=graph-canvas][aria-busy=false]').waitFor({ state: 'attached' });

    // The drawing's exports: a PNG of the canvas, and an SVG whose labels are text, not markup.
    const download = async (button: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
      return readFileSync((await file.path())!);
    };
    const png = await download('PNG');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = (await download('SVG')).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        labels: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
        foreign: doc.querySelectorAll('img, script, foreignObject, image').length,
        handlers: Array.from(doc.querySelectorAll('*')).flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on'))),
      };
    }, svg);
    expect(parsed.errors).toBe(0);
    expect(parsed.labels.join('\n')).toContain(ALERT.slice(0, 8));
    expect(parsed.foreign).toBe(0);
    expect(parsed.handlers).toEqual([]);
    await expectSafe(page, watch, problems);
  });

  it('dashboard: a chart with the label exports as PNG without a violation', async () => {
    const { page, problems, watch } = await watchedPage();
    await page.goto(`${portal.url}/dashboard?lang=en`);
    const chart = page.locator('section[data-chart="centralActors"]');
    await poll(() => chart.locator('.plot svg').count()).toBeGreaterThan(0);
    await poll(() => chart.evaluate((e) => e.textContent ?? '')).toContain(ALERT);
    const [file] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'PNG' }).click()]);
    const png = readFileSync((await file.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    await expectSafe(page, watch, problems);
  });

  it('responses that are not pages carry nosniff, a referrer policy and a policy that allows nothing', async () => {
    const responses = await Promise.all([
      fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { nodes } }' }) }),
      fetch(`${portal.url}/healthz`),
      fetch(`${portal.url}/downloads/nodes.csv`),
      fetch(`${portal.url}/favicon.svg`),
      fetch(`${portal.url}/decks/index.json`),
    ]);
    for (const res of responses) {
      expect(res.status, res.url).toBe(200);
      expect(res.headers.get('content-security-policy'), res.url).toBe(NON_PAGE_CSP);
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), res.url).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options'), res.url).toBe('DENY');
      await res.arrayBuffer();
    }
    // A page keeps the same headers, with the portal's own policy in place of the one that allows nothing.
    const page = await fetch(`${portal.url}/?lang=en`);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(directive(csp, 'script-src')).toEqual(expect.arrayContaining(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/=]+'$/)]));
    expect(directive(csp, 'default-src')).toEqual(["'self'"]);
    // The nonce is new for every response, so an injected script cannot reuse one it has seen.
    const again = (await fetch(`${portal.url}/?lang=en`)).headers.get('content-security-policy');
    expect(again).not.toBe(csp);
  });
});
