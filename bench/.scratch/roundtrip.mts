import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadCuratedGraph } from '../curatedGraph.ts';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.ts';
import { graphHash } from '../../graph-schema/graphHash.ts';
const { graph } = loadCuratedGraph();
const n0 = graph.nodes.find((n) => n.type === 'City')!;
const weird = ['', ' ', '"', '""', ',', '\n', '\r\n', '\t', '\\', '\\"', "'", '\u001f', 'e', 's', '[a,b]', '😀', '中文,"x"', '$x', '`', '\u0001'];
graph.nodes.push({ ...n0, id: 'city:weird', props: { ...n0.props, nameZh: weird.join(''), nameEn: '', summaryZh: '\r\nline\n', summaryEn: '"', aliases: weird, lat: 1e-7, lng: -1e21, population: -5, province: null } });
graph.nodes.push({ ...n0, id: 'city:weird2', sources: [{ doc: 'a\u001eb', locator: '"x,y"\n' }], props: { ...n0.props, aliases: ['', '', 'x'], lat: 0, lng: 123.456789012345 } });
graph.edges.push({ ...graph.edges[0], id: `city:weird|LOCATED_IN|city:weird2`, type: 'LOCATED_IN' as any, from: 'city:weird', to: 'city:weird2', sources: [{ doc: 'q"', locator: '' }, { doc: '', locator: 'z' }], props: { noteZh: ',\n', noteEn: '' } as any });
const dir = mkdtempSync(join(tmpdir(), 'rt-'));
const store = await KuzuStore.open({ path: join(dir, 'a.kuzu') });
await store.replaceAll(graph, (m) => console.log(m));
const dump = await store.dump();
console.log(graph.nodes.length, dump.nodes.length, graph.edges.length, dump.edges.length, graphHash(graph) === graphHash(dump));
const by = new Map(dump.nodes.map((n) => [n.id, n]));
for (const n of graph.nodes) if (JSON.stringify(n) !== JSON.stringify(by.get(n.id))) { console.log('DIFF', JSON.stringify(n).slice(0, 400), '\n', JSON.stringify(by.get(n.id)).slice(0, 400)); break; }
const eb = new Map(dump.edges.map((e) => [e.id, e]));
for (const e of graph.edges) if (JSON.stringify(e) !== JSON.stringify(eb.get(e.id))) { console.log('EDIFF', JSON.stringify(e), '\n', JSON.stringify(eb.get(e.id))); break; }
console.log((await store.search('[a,b]', {}, 0, 5)).items.map((n) => n.id), (await store.listEntities({ sourceDoc: 'a\u001eb' }, 0, 5)).items.map((n) => n.id));
await store.close();
