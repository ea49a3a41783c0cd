import { readFileSync } from 'node:fs';
import kuzu from 'kuzu';
import { NODE_TYPE_NAMES, REL_TYPE_NAMES } from '../../graph-schema/model.ts';
const dir = process.argv[2];
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const time = async (label: string, text: string, params: (i: number) => Record<string, unknown>, n = 20) => {
  const ps = await c.prepare(text); if (!ps.isSuccess()) { console.log(label, 'ERR', ps.getErrorMessage()); return; }
  const ts: number[] = []; let rows = 0;
  for (let i = 0; i < n; i++) { const t = performance.now(); const r: any = await c.execute(ps, params(i) as any); const all = await r.getAll(); rows += all.length; ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(label.padEnd(34), 'p50', ts[n >> 1].toFixed(1), 'p95', ts[Math.floor(n * 0.95)].toFixed(1), 'max', ts[n - 1].toFixed(1), 'rows/q', (rows / n).toFixed(0));
};
const NF = (v: string) => `${v}.type IN $types AND ($sourceDoc IS NULL OR list_contains(${v}.sourceDocs, $sourceDoc)) AND ($yearTo IS NULL OR ${v}.yearFrom IS NULL OR ${v}.yearFrom <= $yearTo) AND ($yearFrom IS NULL OR coalesce(${v}.yearTo, ${v}.yearFrom) IS NULL OR coalesce(${v}.yearTo, ${v}.yearFrom) >= $yearFrom)`;
const RET = `RETURN a.id AS anchor, r.type AS relType, r, n ORDER BY anchor, relType, n.id LIMIT $limit`;
const f = { types: NODE_TYPE_NAMES, relations: REL_TYPE_NAMES, sourceDoc: null, yearFrom: null, yearTo: null, limit: 4000 };
const cur = `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids AND r.type IN $relations AND ${NF('n')} ${RET}`;
const eq = `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = $id AND r.type IN $relations AND ${NF('n')} ${RET}`;
const eqIn = `MATCH (a:Entity)<-[r:Link]-(n:Entity) WHERE a.id = $id AND r.type IN $relations AND ${NF('n')} ${RET}`;
const withIn = `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`;
const twoStep = `MATCH (a:Entity) WHERE a.id IN $ids WITH a MATCH (a)-[r:Link]->(n:Entity) WHERE r.type IN $relations AND ${NF('n')} ${RET}`;
const one = (i: number) => ({ ...f, ids: [s.ids[i]] });
const many = (k: number) => (i: number) => ({ ...f, ids: s.ids.slice(i * 10, i * 10 + k) });
await time('current IN, 1 id', cur, one);
await time('= out, 1 id', eq, (i) => ({ ...f, id: s.ids[i] }));
await time('= in, 1 id', eqIn, (i) => ({ ...f, id: s.ids[i] }));
await time('WITH split IN, 1 id', withIn, one);
await time('two-step IN, 1 id', twoStep, one);
await time('current IN, 50 ids', cur, many(50), 10);
await time('WITH split IN, 50 ids', withIn, many(50), 10);
await time('two-step IN, 50 ids', twoStep, many(50), 10);
await time('current IN, 500 ids', cur, many(500), 5);
await time('two-step IN, 500 ids', twoStep, many(500), 5);
