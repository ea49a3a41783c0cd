import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCuratedGraph } from '../curatedGraph.ts';
import { generateGraph, parseSize } from '../generateGraph.ts';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.ts';
const c = loadCuratedGraph();
for (const s of process.argv.slice(2)) {
  const g = generateGraph(c.graph, parseSize(s, c.graph));
  const dir = mkdtempSync('/tmp/atlas-load-');
  const store = await KuzuStore.open({ path: join(dir, 'atlas.kuzu') });
  const t = Date.now(); let last = t;
  await store.replaceAll(g, (m) => { if (Date.now() - last > 5000) { last = Date.now(); console.log(((Date.now() - t) / 1000).toFixed(1), m); } });
  console.log(s, 'load', (Date.now() - t) / 1000, 's', (process.memoryUsage().rss / 1e9).toFixed(2), 'GB rss');
  await store.close(); rmSync(dir, { recursive: true, force: true });
}
