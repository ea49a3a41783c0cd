import { readFileSync } from 'node:fs';
import kuzu from 'kuzu';
import { read } from '../../api/src/store/cypher/statements.ts';
import { NODE_TYPE_NAMES, REL_TYPE_NAMES } from '../../graph-schema/model.ts';
const dir = process.argv[2];
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const f = { types: NODE_TYPE_NAMES, relations: REL_TYPE_NAMES, sourceDoc: null, yearFrom: null, yearTo: null, limit: 4000 };
const time = async (label: string, text: string, params: (i: number) => Record<string, unknown>, n = 60) => {
  const ps = await c.prepare(text); if (!ps.isSuccess()) { console.log(label, 'ERR', ps.getErrorMessage()); return; }
  const ts: number[] = []; let rows = 0;
  for (let i = 0; i < n; i++) { const t = performance.now(); const r: any = await c.execute(ps, params(i) as any); rows += r.getAllSync().length; ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(label.padEnd(30), 'p50', ts[n >> 1].toFixed(1), 'p95', ts[Math.floor(n * .95)].toFixed(1), 'rows', rows);
};
const NF = `n.type IN $types AND ($sourceDoc IS NULL OR list_contains(n.sourceDocs, $sourceDoc)) AND ($yearTo IS NULL OR n.yearFrom IS NULL OR n.yearFrom <= $yearTo) AND ($yearFrom IS NULL OR coalesce(n.yearTo, n.yearFrom) IS NULL OR coalesce(n.yearTo, n.yearFrom) >= $yearFrom)`;
for (let round = 0; round < 2; round++) {
  await time('full struct out+in', read.neighboursOutOf('kuzu'), (i) => ({ ...f, id: s.ids[i + 100 * round] }));
  await time('3 cols out', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = $id WITH a, r, n WHERE r.type IN $relations AND ${NF} RETURN a.id, r.type, r.sources, n.id, n.sources, n.summaryZh ORDER BY n.id LIMIT $limit`, (i) => ({ ...f, id: s.ids[i + 100 * round] }));
  await time('ids only out', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = $id RETURN a.id, r.type, n.id ORDER BY n.id LIMIT $limit`, (i) => ({ limit: 4000, id: s.ids[i + 100 * round] }));
}
