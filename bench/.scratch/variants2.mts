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
const which = process.argv[3] ?? 'all';
const run = (k: string) => which === 'all' || which.split(',').includes(k);
if (run('n')) {
await time('eq+WITH out, 1 id', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = $id WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, id: s.ids[i] }));
await time('eq+WITH in, 1 id', `MATCH (a:Entity)<-[r:Link]-(n:Entity) WHERE a.id = $id WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, id: s.ids[i] }));
await time('IN+WITH out, 1 id', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, ids: [s.ids[i]] }));
await time('IN+WITH out, 100 ids', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, ids: s.ids.slice(i * 10, i * 10 + 100) }), 10);
await time('IN+WITH in, 100 ids', `MATCH (a:Entity)<-[r:Link]-(n:Entity) WHERE a.id IN $ids WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, ids: s.ids.slice(i * 10, i * 10 + 100) }), 10);
await time('IN+WITH out, 1000 ids', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, (i) => ({ ...f, ids: s.ids.slice(i, i + 1000), limit: 20000 }), 5);
}
if (run('d')) {
await time('degrees IN undirected, 1', `MATCH (a:Entity)-[r:Link]-(:Entity) WHERE a.id IN $ids RETURN a.id AS id, count(r) AS degree`, (i) => ({ ids: [s.ids[i]] }));
await time('degrees = undirected, 1', `MATCH (a:Entity)-[r:Link]-(:Entity) WHERE a.id = $id RETURN a.id AS id, count(r) AS degree`, (i) => ({ id: s.ids[i] }));
await time('degrees IN undirected, 20', `MATCH (a:Entity)-[r:Link]-(:Entity) WHERE a.id IN $ids RETURN a.id AS id, count(r) AS degree`, (i) => ({ ids: s.ids.slice(i * 20, i * 20 + 20) }), 10);
await time('degrees IN undirected, 1000', `MATCH (a:Entity)-[r:Link]-(:Entity) WHERE a.id IN $ids RETURN a.id AS id, count(r) AS degree`, (i) => ({ ids: s.ids.slice(i, i + 1000) }), 5);
await time('degrees IN WITH, 20', `MATCH (a:Entity)-[r:Link]-(b:Entity) WHERE a.id IN $ids WITH a, r RETURN a.id AS id, count(r) AS degree`, (i) => ({ ids: s.ids.slice(i * 20, i * 20 + 20) }), 10);
}
if (run('s')) {
await time('search', `MATCH (n:Entity) WHERE all(t IN $tokens WHERE n.searchText CONTAINS t) AND ${NF('n')} RETURN n ORDER BY CASE WHEN n.nameZh = $raw OR lower(n.nameEn) = $lower THEN 0 WHEN n.nameZh STARTS WITH $raw OR lower(n.nameEn) STARTS WITH $lower THEN 1 ELSE 2 END, size(n.nameZh), n.id SKIP 0 LIMIT 20`, (i) => ({ ...f, tokens: [s.searchTerms[i]], raw: s.searchTerms[i], lower: s.searchTerms[i] }));
await time('search count', `MATCH (n:Entity) WHERE all(t IN $tokens WHERE n.searchText CONTAINS t) AND ${NF('n')} RETURN count(n)`, (i) => ({ ...f, tokens: [s.searchTerms[i]] }));
await time('search count 1 token CONTAINS', `MATCH (n:Entity) WHERE n.searchText CONTAINS $t RETURN count(n)`, (i) => ({ t: s.searchTerms[i] }));
await time('scan count', `MATCH (n:Entity) RETURN count(n)`, (i) => ({}));
}
if (run('p')) {
await time('paths', `MATCH p = (a:Entity)-[:Link* ALL SHORTEST 1..6]-(b:Entity) WHERE a.id = $from AND b.id = $to RETURN nodes(p) AS pathNodes, rels(p) AS pathRels LIMIT 5`, (i) => ({ from: s.pairs[i][0], to: s.pairs[i][1] }), 10);
await time('paths SHORTEST', `MATCH p = (a:Entity)-[:Link* SHORTEST 1..6]-(b:Entity) WHERE a.id = $from AND b.id = $to RETURN nodes(p) AS pathNodes, rels(p) AS pathRels LIMIT 5`, (i) => ({ from: s.pairs[i][0], to: s.pairs[i][1] }), 10);
await time('paths len', `MATCH p = (a:Entity)-[:Link* ALL SHORTEST 1..6]-(b:Entity) WHERE a.id = $from AND b.id = $to RETURN length(p) LIMIT 5`, (i) => ({ from: s.pairs[i][0], to: s.pairs[i][1] }), 10);
}
