import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.ts';
import { loadCuratedGraph } from '../curatedGraph.ts';
import { generateGraph, parseSize } from '../generateGraph.ts';
import { graphHash } from '../../graph-schema/graphHash.ts';
const dir = mkdtempSync(join(tmpdir(), 'legacy-'));
copyFileSync('/tmp/atlas-prof-10x/atlas.kuzu', join(dir, 'atlas.kuzu'));
try { await KuzuStore.open({ path: join(dir, 'atlas.kuzu'), readOnly: true }); } catch (e) { console.log('read-only:', (e as Error).message); }
const t = Date.now();
const s = await KuzuStore.open({ path: join(dir, 'atlas.kuzu') });
console.log('upgraded in', Date.now() - t, 'ms');
const d = await s.dump();
const c = loadCuratedGraph(); const g = generateGraph(c.graph, parseSize('10x', c.graph));
console.log('nodes', d.nodes.length, g.nodes.length, 'edges', d.edges.length, g.edges.length);
console.log('(graph may differ if seed changed since) hash equal:', graphHash(d) === graphHash(g));
console.log((await s.neighbours({ ids: [g.nodes[5].id], limit: 10 })).nodes.length);
await s.close();
