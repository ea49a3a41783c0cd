import { readFileSync } from 'node:fs';
import kuzu from 'kuzu';
import { NODE_TYPE_NAMES, REL_TYPE_NAMES } from '../../graph-schema/model.ts';
import { NODE_COLUMNS, REL_COLUMNS } from '../../graph-schema/columns.ts';
const dir = process.argv[2];
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const time = async (label: string, text: string, params: (i: number) => Record<string, unknown>, n = 20) => {
  const ps = await c.prepare(text); if (!ps.isSuccess()) { console.log(label, 'ERR', ps.getErrorMessage()); return; }
  const ts: number[] = []; let rows = 0;
  for (let i = 0; i < n; i++) { const t = performance.now(); const r: any = await c.execute(ps, params(i) as any); const all = r.getAllSync(); rows += all.length; ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(label.padEnd(34), 'p50', ts[n >> 1].toFixed(1), 'p95', ts[Math.floor(n * 0.95)].toFixed(1), 'max', ts[n - 1].toFixed(1), 'rows/q', (rows / n).toFixed(0));
};
const q = (x: string) => `\`${x}\``;
const NS = (v: string) => `{${NODE_COLUMNS.filter((x) => x.name !== 'searchText' && x.name !== 'sourceDocs').map((x) => `${q(x.name)}: ${v}.${q(x.name)}`).join(', ')}}`;
const RS = (v: string) => `{${REL_COLUMNS.filter((x) => x.name !== 'sourceDocs').map((x) => `${q(x.name)}: ${v}.${q(x.name)}`).join(', ')}}`;
const NF = (v: string) => `${v}.type IN $types AND ($sourceDoc IS NULL OR list_contains(${v}.sourceDocs, $sourceDoc)) AND ($yearTo IS NULL OR ${v}.yearFrom IS NULL OR ${v}.yearFrom <= $yearTo) AND ($yearFrom IS NULL OR coalesce(${v}.yearTo, ${v}.yearFrom) IS NULL OR coalesce(${v}.yearTo, ${v}.yearFrom) >= $yearFrom)`;
const RET = `RETURN a.id AS anchor, r.type AS relType, ${RS('r')} AS r, ${NS('n')} AS n ORDER BY anchor, relType, n.id LIMIT $limit`;
const f = { types: NODE_TYPE_NAMES, relations: REL_TYPE_NAMES, sourceDoc: null, yearFrom: null, yearTo: null, limit: 4000 };
const which = process.argv[3] ?? 'all';
const run = (k: string) => which === 'all' || which.split(',').includes(k);
if (run('n')) {
await time('one out', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = $id WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, id: s.ids[i] }));
await time('one in', `MATCH (a:Entity)<-[r:Link]-(n:Entity) WHERE a.id = $id WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, id: s.ids[i] }));
await time('unwind out, 1 id', `UNWIND $ids AS x MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = x WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, ids: [s.ids[i]] }));
await time('unwind out, 100 ids', `UNWIND $ids AS x MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = x WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, ids: s.ids.slice(i * 10, i * 10 + 100) }), 10);
await time('unwind out, 1000 ids', `UNWIND $ids AS x MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = x WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, ids: s.ids.slice(i, i + 1000), limit: 8000 }), 5);
await time('unwind2 out, 1000 ids', `UNWIND $ids AS x MATCH (a:Entity) WHERE a.id = x WITH a MATCH (a)-[r:Link]->(n:Entity) WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, ids: s.ids.slice(i, i + 1000), limit: 8000 }), 5);
await time('IN out, 1000 ids', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, ids: s.ids.slice(i, i + 1000), limit: 8000 }), 5);
}
if (run('d')) {
await time('degrees = 1', `MATCH (a:Entity)-[r:Link]-(:Entity) WHERE a.id = $id RETURN a.id AS id, count(r) AS degree`, (i) => ({ id: s.ids[i] }));
await time('degrees unwind 20', `UNWIND $ids AS x MATCH (a:Entity)-[r:Link]-(:Entity) WHERE a.id = x RETURN a.id AS id, count(r) AS degree`, (i) => ({ ids: s.ids.slice(i * 20, i * 20 + 20) }), 10);
await time('degrees unwind 1000', `UNWIND $ids AS x MATCH (a:Entity)-[r:Link]-(:Entity) WHERE a.id = x RETURN a.id AS id, count(r) AS degree`, (i) => ({ ids: s.ids.slice(i, i + 1000) }), 5);
await time('nodes unwind 20', `UNWIND $ids AS x MATCH (n:Entity) WHERE n.id = x RETURN ${NS('n')} AS n`, (i) => ({ ids: s.ids.slice(i * 20, i * 20 + 20) }), 10);
await time('node = 1', `MATCH (n:Entity) WHERE n.id = $id RETURN ${NS('n')} AS n`, (i) => ({ id: s.ids[i] }), 20);
}
if (run('s')) {
const rank = `CASE WHEN n.nameZh = $raw OR lower(n.nameEn) = $lower THEN 0 WHEN n.nameZh STARTS WITH $raw OR lower(n.nameEn) STARTS WITH $lower THEN 1 ELSE 2 END`;
await time('search', `MATCH (n:Entity) WHERE all(t IN $tokens WHERE n.searchText CONTAINS t) AND ${NF('n')} WITH n ORDER BY ${rank}, size(n.nameZh), n.id SKIP 0 LIMIT 20 RETURN ${NS('n')} AS n`, (i) => ({ ...f, tokens: [s.searchTerms[i]], raw: s.searchTerms[i], lower: s.searchTerms[i] }));
await time('search count', `MATCH (n:Entity) WHERE all(t IN $tokens WHERE n.searchText CONTAINS t) AND ${NF('n')} RETURN count(n)`, (i) => ({ ...f, tokens: [s.searchTerms[i]] }));
}
if (run('p')) {
await time('paths', `MATCH p = (a:Entity)-[:Link* ALL SHORTEST 1..6]-(b:Entity) WHERE a.id = $from AND b.id = $to RETURN nodes(p) AS pathNodes, rels(p) AS pathRels LIMIT 5`, (i) => ({ from: s.pairs[i][0], to: s.pairs[i][1] }), 10);
await time('paths len only', `MATCH p = (a:Entity)-[:Link* ALL SHORTEST 1..6]-(b:Entity) WHERE a.id = $from AND b.id = $to RETURN length(p) LIMIT 5`, (i) => ({ from: s.pairs[i][0], to: s.pairs[i][1] }), 10);
}
