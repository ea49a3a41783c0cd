/**
 * The explorer's drawing cost (issue #4), measured in headless Chromium (Debian's, as the browser suite uses):
 * layout time for views of 200, 1,000 and 2,000 elements (nodes + relationships), and frames per second while
 * panning 2,000 elements. Not a test: run it on purpose and copy the figures into docs/performance.md.
 *
 *   npx tsx bench/explorerLayout.ts                   sizes 200,1000,2000; 3 runs each (+1 warm-up); 5 s of panning (+1 s warm-up)
 *   flags: --sizes a,b  --runs n  --pan-seconds s  --out dir
 *
 * The views are cut from the curated graph (breadth-first from its best-connected entity, with every
 * relationship among the entities taken), mapped by the portal's own toElements() and drawn with its own
 * stylesheet and fcose forces, so the figures are those a reader's browser meets, minus the network.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { GraphData } from '../graph-schema/records.js';
import { FCOSE_FORCES, graphStylesheet } from '../web/src/lib/graph/graphStyle.js';
import { toElements, type SubgraphInput } from '../web/src/lib/graph/toElements.js';
import { flags, numberFlag } from './args.js';
import { loadCuratedGraph } from './curatedGraph.js';
import { machine } from './machine.js';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const SCRIPTS = ['cytoscape/dist/cytoscape.min.js', 'layout-base/layout-base.js', 'cose-base/cose-base.js', 'cytoscape-fcose/cytoscape-fcose.js'];

const f = flags(process.argv.slice(2));
const opts = {
  sizes: (f.get('sizes') ?? '200,1000,2000').split(',').map(Number),
  runs: numberFlag(f, 'runs', 3, 1, 20),
  panSeconds: numberFlag(f, 'pan-seconds', 5, 1, 60),
  out: resolve(f.get('out') ?? join(import.meta.dirname, 'results')),
};

/** A view of about `target` elements: entities breadth-first from the hub, with every relationship among them. */
export function cutView(graph: GraphData, target: number): SubgraphInput {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const adjacent = new Map<string, string[]>();
  for (const e of graph.edges) {
    adjacent.set(e.from, [...(adjacent.get(e.from) ?? []), e.to]);
    adjacent.set(e.to, [...(adjacent.get(e.to) ?? []), e.from]);
  }
  const degree = (id: string) => adjacent.get(id)?.length ?? 0;
  const hub = [...byId.keys()].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b))[0];
  const chosen = new Set<string>();
  let edges = 0;
  const queue = [hub];
  while (queue.length > 0 && chosen.size + edges < target) {
    const id = queue.shift()!;
    if (chosen.has(id)) continue;
    edges += (adjacent.get(id) ?? []).filter((n) => chosen.has(n)).length;
    chosen.add(id);
    queue.push(...(adjacent.get(id) ?? []).filter((n) => !chosen.has(n)));
  }
  const nodes = [...chosen].map((id) => {
    const n = byId.get(id)!;
    return { id, type: n.type, nameZh: String(n.props.nameZh ?? id), nameEn: String(n.props.nameEn ?? id), degree: degree(id) };
  });
  return { nodes, edges: graph.edges.filter((e) => chosen.has(e.from) && chosen.has(e.to)).map((e) => ({ id: e.id, type: e.type, from: e.from, to: e.to })) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`);
  // Other work on the machine slows layouts down; the load at the start goes into the results with them.
  const loadAtStart = loadavg().map((x) => round(x, 2));
  const curated = loadCuratedGraph();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="cy" style="width:1280px;height:800px"></div></body></html>');
  // tsx (esbuild) wraps named functions in __name() calls; the functions sent to the page need that helper too.
  await page.addScriptTag({ content: 'window.__name = (f) => f;' });
  for (const s of SCRIPTS) await page.addScriptTag({ path: join(ROOT, 'node_modules', s) });
  await page.evaluate(() => {
    const w = window as unknown as { cytoscape: { use(ext: unknown): void }; cytoscapeFcose: unknown };
    w.cytoscape.use(w.cytoscapeFcose);
  });
  const style = graphStylesheet("'Noto Sans CJK SC', sans-serif");

  const layouts: { size: number; nodes: number; edges: number; layout: string; medianMs: number; runsMs: number[]; firstDrawMs: number }[] = [];
  for (const size of opts.sizes) {
    const view = cutView(curated.graph, size);
    const elements = toElements(view, { labels: 'zh' });
    for (const layout of ['fcose', 'concentric']) {
      const runs: number[] = [];
      let firstDrawMs = 0;
      // Run 0 warms the JIT and the font and label caches and is not counted.
      for (let r = 0; r <= opts.runs; r++) {
        const t = await page.evaluate(
          async ({ elements, style, layout, forces }) => {
            const w = window as unknown as { cytoscape: (o: object) => { layout(o: object): { run(): void; one(e: string, f: () => void): void }; destroy(): void; one(e: string, f: () => void): void } };
            const t0 = performance.now();
            const cy = w.cytoscape({ container: document.getElementById('cy'), elements, style });
            await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
            const drawn = performance.now() - t0;
            const options =
              layout === 'fcose'
                ? { name: 'fcose', animate: false, randomize: true, quality: 'default', packComponents: false, idealEdgeLength: () => forces.idealEdgeLength, nodeRepulsion: () => forces.nodeRepulsion, nodeSeparation: forces.nodeSeparation, gravity: forces.gravity }
                : { name: 'concentric', animate: false, concentric: (n: { degree(b: boolean): number }) => n.degree(false), levelWidth: () => 2, minNodeSpacing: 30 };
            const t1 = performance.now();
            await new Promise<void>((ok) => {
              const l = cy.layout(options);
              l.one('layoutstop', () => ok());
              l.run();
            });
            const laid = performance.now() - t1;
            cy.destroy();
            return { drawn, laid };
          },
          { elements, style, layout, forces: FCOSE_FORCES },
        );
        if (r === 0) continue;
        runs.push(round(t.laid));
        if (r === 1) firstDrawMs = round(t.drawn);
      }
      layouts.push({ size, nodes: view.nodes.length, edges: view.edges.length, layout, medianMs: median(runs), runsMs: runs, firstDrawMs });
      console.log(`${String(size).padStart(5)} elements (${view.nodes.length} nodes, ${view.edges.length} edges) ${layout.padEnd(10)} median ${median(runs)} ms  runs ${runs.join(', ')}`);
    }
  }

  // Panning: the largest view, laid out, moved a few pixels every frame; frames counted by requestAnimationFrame.
  const largest = Math.max(...opts.sizes);
  const view = cutView(curated.graph, largest);
  const pan = await page.evaluate(
    async ({ elements, style, seconds, forces }) => {
      const w = window as unknown as { cytoscape: (o: object) => { layout(o: object): { run(): void; one(e: string, f: () => void): void }; panBy(p: object): void; fit(): void; destroy(): void } };
      const cy = w.cytoscape({ container: document.getElementById('cy'), elements, style });
      await new Promise<void>((ok) => {
        const l = cy.layout({ name: 'fcose', animate: false, randomize: true, packComponents: false, idealEdgeLength: () => forces.idealEdgeLength, nodeRepulsion: () => forces.nodeRepulsion, nodeSeparation: forces.nodeSeparation, gravity: forces.gravity });
        l.one('layoutstop', () => ok());
        l.run();
      });
      cy.fit();
      const panFor = (ms: number) =>
        new Promise<number[]>((ok) => {
          const intervals: number[] = [];
          const start = performance.now();
          let last = start;
          let i = 0;
          const frame = (now: number) => {
            intervals.push(now - last);
            last = now;
            i++;
            cy.panBy({ x: i % 120 < 60 ? 4 : -4, y: i % 80 < 40 ? 2 : -2 });
            if (now - start < ms) requestAnimationFrame(frame);
            else ok(intervals.slice(1));
          };
          requestAnimationFrame(frame);
        });
      // One second of panning first: the first frames build Cytoscape's label and element caches.
      await panFor(1000);
      const intervals = await panFor(seconds * 1000);
      cy.destroy();
      const sorted = [...intervals].sort((a, b) => a - b);
      const total = intervals.reduce((a, b) => a + b, 0);
      return { frames: sorted.length, fps: (sorted.length * 1000) / total, p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] };
    },
    { elements: toElements(view, { labels: 'zh' }), style, seconds: opts.panSeconds, forces: FCOSE_FORCES },
  );
  const chromiumVersion = browser.version();
  await browser.close();
  const panning = { elements: view.nodes.length + view.edges.length, nodes: view.nodes.length, edges: view.edges.length, seconds: opts.panSeconds, fps: round(pan.fps, 1), p95FrameMs: round(pan.p95FrameMs, 1), frames: pan.frames };
  console.log(`panning ${panning.elements} elements: ${panning.fps} frames/s (p95 frame ${panning.p95FrameMs} ms over ${pan.frames} frames)`);

  mkdirSync(opts.out, { recursive: true });
  const file = join(opts.out, `explorer-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ machine: { ...machine(), chromium: chromiumVersion, rendering: 'headless, --disable-gpu (software)', loadAverage: { start: loadAtStart, end: loadavg().map((x) => round(x, 2)) } }, graph: curated.origin, layouts, panning }, null, 2));
  console.log(`\nwritten ${file} (load average at start ${loadAtStart.join(', ')})\n`);
  console.log('| elements | nodes | relationships | fcose (median) | concentric (median) | first draw |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of opts.sizes) {
    const fc = layouts.find((l) => l.size === size && l.layout === 'fcose')!;
    const cc = layouts.find((l) => l.size === size && l.layout === 'concentric')!;
    console.log(`| ${size} | ${fc.nodes} | ${fc.edges} | ${fc.medianMs} ms | ${cc.medianMs} ms | ${fc.firstDrawMs} ms |`);
  }
}

await main();
