import { readFileSync } from 'node:fs';
import kuzu from 'kuzu';
import { read } from '../../api/src/store/cypher/statements.ts';
import { NODE_TYPE_NAMES, REL_TYPE_NAMES } from '../../graph-schema/model.ts';
const dir = process.argv[2];
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const time = async (label: string, text: string, params: Record<string, unknown>, n = 10) => {
  const ps = await c.prepare(text); if (!ps.isSuccess()) { console.log(label, 'ERR', ps.getErrorMessage()); return; }
  const ts: number[] = []; let rows = 0;
  for (let i = 0; i < n; i++) { const p = typeof params === 'function' ? (params as any)(i) : params; const t = performance.now(); const r: any = await c.execute(ps, p); const all = await r.getAll(); rows = all.length; ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(label.padEnd(30), 'p50', ts[n >> 1].toFixed(1), 'max', ts[n - 1].toFixed(1), 'rows', rows);
};
const id = (i: number) => s.ids[i];
const filt = { types: NODE_TYPE_NAMES, sourceDoc: null, yearFrom: null, yearTo: null };
await time('byIds IN', read.nodesByIds('kuzu'), ((i: number) => ({ ids: [id(i)] })) as any);
await time('byId =', 'MATCH (n:Entity) WHERE n.id = $id RETURN n', ((i: number) => ({ id: id(i) })) as any);
await time('byId {id:}', 'MATCH (n:Entity {id: $id}) RETURN n', ((i: number) => ({ id: id(i) })) as any);
await time('byIds UNWIND', 'UNWIND $ids AS x MATCH (n:Entity {id: x}) RETURN n', ((i: number) => ({ ids: [id(i), id(i + 1)] })) as any);
await time('neighboursOut', read.neighboursOut('kuzu'), ((i: number) => ({ ...filt, ids: [id(i)], relations: REL_TYPE_NAMES, limit: 4000 })) as any);
await time('out simple', 'MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids RETURN a.id, r, n', ((i: number) => ({ ids: [id(i)] })) as any);
await time('out simple =', 'MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = $id RETURN a.id, r, n', ((i: number) => ({ id: id(i) })) as any);
await time('out unwind', 'UNWIND $ids AS x MATCH (a:Entity {id: x})-[r:Link]->(n:Entity) RETURN a.id, r, n', ((i: number) => ({ ids: [id(i)] })) as any);
const pr: any = await c.query(`PROFILE ${read.neighboursOut('kuzu').replace(/\$ids/, `['${id(0)}']`).replace(/\$relations/, `['APPLIES','DISCUSSES','INVOLVES','HAS_PART','LOCATED_IN']`).replace(/\$types/, `['Actor','Case','City','Mechanism','Publication']`).replace(/\$sourceDoc/g, 'NULL').replace(/\$yearFrom/g, 'NULL').replace(/\$yearTo/g, 'NULL').replace('$limit', '4000')}`);
console.log((await pr.getAll())[0]);
