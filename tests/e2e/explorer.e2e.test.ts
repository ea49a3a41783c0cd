/**
 * Issue #4: the network explorer in headless Chromium over the real seed: search, expand, filter, find a
 * path, reopen a permalink to the same view, and export files that are valid and hold what is visible.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, injectAxe, ROOT, startPortal, type Portal } from './browserHarness.js';

const THREE_SOCIAL = 'mechanism:three-social-linkage';
const SOCIAL_WORKER = 'actor:social-worker';

interface ExportedNode {
  id: string;
  type: string;
  nameZh: string;
  nameEn: string;
  yearFrom: number | null;
  yearTo: number | null;
  x?: number;
  y?: number;
}
interface Exported {
  nodes: ExportedNode[];
  edges: { id: string; from: string; to: string; type: string }[];
}

/** Polls a condition patiently: the machine may be busy with other builds, and nothing here is timed. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });

describe.skipIf(!browserAvailable())('network explorer in Chromium', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** Distinct neighbours of an entity in the graph, straight from the API. */
  async function neighbours(id: string): Promise<string[]> {
    const data = await api<{ neighbourhood: { nodes: { id: string }[] } }>('query($id: ID!) { neighbourhood(id: $id, limit: 1000) { nodes { id } } }', { id });
    return data.neighbourhood.nodes.map((n) => n.id).filter((n) => n !== id);
  }

  const count = async (page: Page) => Number((await page.locator('.view-counts').innerText()).match(/(\d+) entities/)?.[1] ?? NaN);

  /** Waits until the canvas is drawn and the URL holds the settled view (layout done, positions written). */
  async function settled(page: Page): Promise<string> {
    await page.locator('[data-testid=graph-canvas][aria-busy=false]').waitFor({ state: 'attached' });
    let last = '';
    await expect
      .poll(
        async () => {
          const before = page.url();
          await page.waitForTimeout(400);
          const stable = before === page.url() && before === last && before.includes('v=');
          last = before;
          return stable;
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe(true);
    return page.url();
  }

  async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()])) as [Download, void];
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  async function exportedJson(page: Page): Promise<Exported> {
    return JSON.parse((await downloaded(page, 'JSON')).bytes.toString('utf8')) as Exported;
  }

  const listRows = (page: Page) => page.locator('#panel-list table').first().locator('tbody tr');

  it('starts from a search, expands in place, filters by type and years, and steps through shortest paths', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/explore?lang=en`);
    await poll(() => page.locator('main').innerText()).toContain('Search for an entity above');

    await page.getByRole('combobox', { name: 'Find an entity and add it to the view' }).fill('three-social');
    await page.getByRole('option', { name: /Three-Social Linkage/ }).first().click();
    const around = await neighbours(THREE_SOCIAL);
    const first = 1 + Math.min(25, around.length);
    await poll(() => count(page)).toBe(first);
    await settled(page);

    // The list view holds exactly what is drawn.
    await page.getByRole('tab', { name: 'List' }).click();
    await poll(() => listRows(page).count()).toBe(first);
    expect(await listRows(page).first().innerText()).toContain('Three-Social Linkage');

    // Expanding the social worker in place adds its neighbours that were not drawn.
    const drawn = new Set([THREE_SOCIAL, ...around.slice(0, 25)]);
    const workerNew = (await neighbours(SOCIAL_WORKER)).filter((id) => !drawn.has(id));
    expect(workerNew.length).toBeGreaterThan(0);
    const workerRow = listRows(page).filter({ has: page.getByRole('button', { name: 'Social Worker', exact: true }) });
    await workerRow.getByRole('button', { name: /^\+\d+$/ }).click();
    const expanded = first + Math.min(25, workerNew.length);
    await poll(() => count(page)).toBe(expanded);
    await poll(() => listRows(page).count()).toBe(expanded);

    // Type filter: without actors, no actor row is left; ticking them back restores the view.
    const types = await listRows(page).locator('td:nth-child(3)').allInnerTexts();
    const actors = types.filter((t) => t === 'Actor').length;
    expect(actors).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /^Actors( \d+)?$/ }).uncheck();
    await poll(() => count(page)).toBe(expanded - actors);
    expect(await listRows(page).locator('td:nth-child(3)').allInnerTexts()).not.toContain('Actor');
    await page.getByRole('checkbox', { name: /^Actors( \d+)?$/ }).check();
    await poll(() => count(page)).toBe(expanded);

    // Year filter (combined with the others): nothing dated after 2010 stays.
    await page.getByRole('slider', { name: /^To/ }).fill('2010');
    await poll(() => count(page)).toBeLessThan(expanded);
    for (const years of await listRows(page).locator('td:nth-child(4)').allInnerTexts()) {
      const start = years.match(/\d{4}/)?.[0];
      if (start) expect(Number(start)).toBeLessThanOrEqual(2010);
    }
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await poll(() => count(page)).toBe(expanded);

    // Path finder: from the mechanism to something only the social worker brought in.
    const target = workerNew.find((id) => !around.includes(id))!;
    const from = page.getByRole('combobox', { name: 'From', exact: true });
    await from.selectOption(THREE_SOCIAL);
    await page.getByRole('combobox', { name: 'To', exact: true }).selectOption(target);
    await page.getByRole('button', { name: 'Find shortest paths' }).click();
    const paths = await api<{ paths: { length: number }[] }>('query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 4, first: 10) { length } }', { a: THREE_SOCIAL, b: target });
    expect(paths.paths.length).toBeGreaterThan(0);
    const which = page.locator('.which');
    await poll(() => which.innerText()).toBe(`Path 1 of ${paths.paths.length}, ${paths.paths[0].length} steps`);
    const steps = page.locator('.steps > li');
    expect(await steps.count()).toBe(paths.paths[0].length + 1);
    if (paths.paths.length > 1) {
      await page.getByRole('button', { name: 'Next path' }).click();
      await poll(() => which.innerText()).toMatch(/^Path 2 of/);
    }

    // Undo takes the path step back; redo restores it.
    await page.getByRole('button', { name: 'Undo' }).click();
    if (paths.paths.length > 1) await poll(() => which.innerText()).toMatch(/^Path 1 of/);
    await page.getByRole('button', { name: 'Redo' }).click();
    if (paths.paths.length > 1) await poll(() => which.innerText()).toMatch(/^Path 2 of/);
    expect(problems).toEqual([]);
  });

  it('reopens exactly the same view from its permalink: entities, positions, filters, styling, pins and hidden entities', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/explore?focus=${THREE_SOCIAL}&lang=en`);
    await settled(page);
    await page.getByRole('combobox', { name: 'Colour' }).selectOption('community');
    await page.getByRole('combobox', { name: 'Size' }).selectOption('pagerank');
    await page.getByRole('combobox', { name: 'Labels' }).selectOption('both');
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await page.getByRole('group', { name: 'Relationship types' }).getByRole('checkbox').first().uncheck();
    await page.getByRole('tab', { name: 'List' }).click();
    await page.getByRole('button', { name: 'Social Worker', exact: true }).click();
    await page.getByRole('button', { name: 'Pin', exact: true }).click();
    const other = listRows(page).filter({ hasNot: page.getByRole('button', { name: 'Social Worker', exact: true }) }).nth(1).locator('th button');
    await other.click();
    await page.locator('.right').getByRole('button', { name: 'Hide', exact: true }).click();
    await poll(() => page.locator('.view-counts').innerText()).toContain('show 1 hidden entities again');
    const url = await settled(page);
    const before = await exportedJson(page);
    const controls = async (p: Page) => ({
      layout: await p.getByRole('combobox', { name: 'Layout' }).inputValue(),
      size: await p.getByRole('combobox', { name: 'Size' }).inputValue(),
      colour: await p.getByRole('combobox', { name: 'Colour' }).inputValue(),
      labels: await p.getByRole('combobox', { name: 'Labels' }).inputValue(),
      unticked: await p.locator('.left input[type=checkbox]:not(:checked)').evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.trim())),
      counts: await p.locator('.view-counts').innerText(),
    });
    const look = await controls(page);
    expect(look).toMatchObject({ layout: 'concentric', size: 'pagerank', colour: 'community', labels: 'both' });
    expect(look.unticked).toHaveLength(1);

    const again = await portal.newPage();
    await again.page.goto(url);
    await again.page.locator('[data-testid=graph-canvas][aria-busy=false]').waitFor({ state: 'attached' });
    await poll(() => count(again.page)).toBe(before.nodes.length);
    expect(await controls(again.page)).toEqual(look);
    const after = await exportedJson(again.page);
    const key = (g: Exported) => ({
      nodes: g.nodes.map((n) => [n.id, n.x, n.y]).sort(),
      edges: g.edges.map((e) => e.id).sort(),
    });
    expect(key(after)).toEqual(key(before));
    expect(before.nodes.every((n) => typeof n.x === 'number' && typeof n.y === 'number')).toBe(true);
    // The pinned node is still pinned (its button offers to unpin).
    await again.page.getByRole('tab', { name: 'List' }).click();
    await again.page.getByRole('button', { name: 'Social Worker', exact: true }).click();
    await again.page.getByRole('button', { name: 'Unpin', exact: true }).waitFor();
    expect([...problems, ...again.problems]).toEqual([]);
  });

  it('exports PNG, SVG, GraphML and CSV files that are valid and hold the visible elements', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/explore?focus=${THREE_SOCIAL}&lang=zh`);
    await settled(page);
    const visible = await exportedJson(page);
    expect(visible.nodes.length).toBeGreaterThan(5);
    const nodeIds = visible.nodes.map((n) => n.id).sort();
    const edgeIds = visible.edges.map((e) => e.id).sort();

    const png = (await downloaded(page, 'PNG')).bytes;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBeGreaterThan(400); // the whole drawing at twice the screen's scale
    expect(height).toBeGreaterThan(300);

    const svg = (await downloaded(page, 'SVG')).bytes.toString('utf8');
    const svgCheck = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        ids: Array.from(doc.querySelectorAll('g[data-id]')).map((g) => g.getAttribute('data-id')),
        text: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent).join('\n'),
        lines: doc.querySelectorAll('line').length,
      };
    }, svg);
    expect(svgCheck.error).toBe(0);
    expect(svgCheck.root).toBe('svg');
    expect([...svgCheck.ids].sort()).toEqual(nodeIds);
    expect(svgCheck.lines).toBe(edgeIds.length);
    for (const n of visible.nodes) expect(svgCheck.text, n.id).toContain([...n.nameZh].slice(0, 8).join(''));

    const graphml = (await downloaded(page, 'GraphML')).bytes.toString('utf8');
    const gm = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://graphml.graphdrawing.org/xmlns';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        nodes: Array.from(doc.getElementsByTagNameNS(ns, 'node')).map((n) => n.getAttribute('id')),
        edges: Array.from(doc.getElementsByTagNameNS(ns, 'edge')).map((e) => [e.getAttribute('id'), e.getAttribute('source'), e.getAttribute('target')]),
      };
    }, graphml);
    expect(gm).toMatchObject({ error: 0, root: 'graphml', namespace: 'http://graphml.graphdrawing.org/xmlns' });
    expect([...gm.nodes].sort()).toEqual(nodeIds);
    expect(gm.edges.map((e) => e[0]).sort()).toEqual(edgeIds);
    for (const [id, source, target] of gm.edges) expect(id).toBe(visible.edges.find((e) => e.from === source && e.to === target && e.id === id)?.id);

    const parseCsv = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const nodesCsv = parseCsv((await downloaded(page, 'CSV 实体表')).bytes);
    expect(nodesCsv[0].split(',').slice(0, 4)).toEqual(['id', 'type', 'nameZh', 'nameEn']);
    expect(nodesCsv.slice(1).map((r) => r.split(',')[0]).sort()).toEqual(nodeIds);
    const edgesCsv = parseCsv((await downloaded(page, 'CSV 关系表')).bytes);
    expect(edgesCsv[0]).toBe('Id,Source,Target,Type,Label,Year');
    expect(edgesCsv.slice(1).map((r) => r.split(',')[0]).sort()).toEqual(edgeIds);
    for (const row of edgesCsv.slice(1)) {
      const [id, source, target] = row.split(',');
      expect(id).toBe(`${source}|${id.split('|')[1]}|${target}`);
    }
    expect(problems).toEqual([]);
  });

  it('can be driven from the keyboard: arrows move between nodes, Enter expands, details open without a mouse', async () => {
    const { page, problems } = await portal.newPage();
    // The residents' committee has more neighbours than one expansion brings, so it has some left to show.
    await page.goto(`${portal.url}/explore?focus=actor:residents-committee&lang=en`);
    await settled(page);
    // Concentric puts the best-connected node, the start, in the middle, where the keyboard cursor starts.
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await settled(page);
    const start = await count(page);
    const heading = page.locator('.right h3').first();
    const line = page.locator('.right .degree-line');
    await page.locator('[data-testid=graph-canvas]').focus();
    await page.keyboard.press('ArrowRight');
    await poll(() => heading.innerText()).toBe("Community Residents' Committee");
    await poll(() => line.innerText()).toMatch(/[1-9]\d* not shown$/);
    await page.keyboard.press('Enter');
    await poll(() => count(page)).toBeGreaterThan(start);
    await page.keyboard.press('ArrowRight');
    await poll(() => heading.innerText()).not.toBe("Community Residents' Committee");
    await page.keyboard.press('Escape');
    await poll(() => page.locator('.right').innerText()).toContain('Select a node or a relationship');
    expect(problems).toEqual([]);
  });

  it('has no serious accessibility violations in the explorer (axe-core), in either view', async () => {
    const { page } = await portal.newPage();
    await page.goto(`${portal.url}/explore?focus=${THREE_SOCIAL}&lang=zh`);
    await settled(page);
    await injectAxe(page);
    const audit = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const r = await axe.run(document.querySelector('.explorer')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    expect(await audit()).toEqual([]);
    await page.getByRole('tab', { name: '列表' }).click();
    expect(await audit()).toEqual([]);
  });

  it('keeps named views in the browser and reopens them', async () => {
    const { page, problems } = await portal.newPage();
    await page.goto(`${portal.url}/explore?focus=${THREE_SOCIAL}&lang=en`);
    await settled(page);
    const n = await count(page);
    await page.getByRole('textbox', { name: 'View name' }).fill('linkage study');
    await page.getByRole('button', { name: 'Save in this browser' }).click();
    await page.goto(`${portal.url}/explore?lang=en`);
    await poll(() => count(page)).toBe(0);
    await page.getByRole('list', { name: 'Saved views' }).getByRole('button', { name: 'Open' }).click();
    await poll(() => count(page)).toBe(n);
    expect(problems).toEqual([]);
  });

  it('loads Cytoscape only on the explorer route', async () => {
    const { page } = await portal.newPage();
    const scripts = new Map<string, string>();
    page.on('response', async (r) => {
      if (r.url().endsWith('.js')) scripts.set(r.url(), await r.text().catch(() => ''));
    });
    await page.goto(`${portal.url}/explore?focus=${THREE_SOCIAL}`);
    await settled(page);
    const cytoscapeChunks = [...scripts].filter(([, body]) => body.includes('cytoscape') && body.length > 100_000).map(([u]) => new URL(u).pathname);
    expect(cytoscapeChunks.length).toBeGreaterThan(0);
    scripts.clear();
    const home = await portal.newPage();
    const homeScripts: string[] = [];
    home.page.on('request', (r) => {
      if (r.url().endsWith('.js')) homeScripts.push(new URL(r.url()).pathname);
    });
    await home.page.goto(`${portal.url}/`);
    await home.page.waitForLoadState('networkidle');
    expect(homeScripts.length).toBeGreaterThan(0);
    expect(homeScripts.filter((s) => cytoscapeChunks.includes(s))).toEqual([]);
  });

  it('renders a legible explorer at 1280×800 (docs/screenshots/explorer.png)', async () => {
    const { page } = await portal.newPage();
    await page.goto(`${portal.url}/explore?focus=${THREE_SOCIAL}&lang=zh`);
    await settled(page);
    await page.getByRole('tab', { name: '列表' }).click();
    await page.getByRole('button', { name: '社会工作者', exact: true }).click();
    await page.getByRole('tab', { name: '网络图' }).click();
    await page.locator('.right h3').first().waitFor();
    const box = await page.locator('[data-testid=graph-canvas]').boundingBox();
    expect(box!.width).toBeGreaterThan(500);
    expect(box!.height).toBeGreaterThan(400);
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/explorer.png') });
  });
});
