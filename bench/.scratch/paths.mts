import { readFileSync } from 'node:fs';
import kuzu from 'kuzu';
const dir = process.argv[2];
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const time = async (label: string, text: string, n = 8) => {
  const ps = await c.prepare(text); if (!ps.isSuccess()) { console.log(label, 'ERR', ps.getErrorMessage()); return; }
  const ts: number[] = []; let out = '';
  for (let i = 0; i < n; i++) { const t = performance.now(); const r: any = await c.execute(ps, { from: s.pairs[i][0], to: s.pairs[i][1] } as any); const rows = r.getAllSync(); out = JSON.stringify(rows[0] ?? null).slice(0, 150); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(label.padEnd(20), 'p50', ts[n >> 1].toFixed(1), 'max', ts[n - 1].toFixed(1), out);
};
const P = 'MATCH p = (a:Entity)-[:Link* ALL SHORTEST 1..6]-(b:Entity) WHERE a.id = $from AND b.id = $to';
await time('full', `${P} RETURN nodes(p) AS pathNodes, rels(p) AS pathRels LIMIT 5`);
await time('length', `${P} RETURN length(p) LIMIT 5`);
await time('ids', `${P} RETURN properties(nodes(p), 'id') AS ids, properties(rels(p), 'type') AS types LIMIT 5`);
await time('ids+src', `${P} RETURN properties(nodes(p), 'id') AS ids, properties(rels(p), 'type') AS types, properties(rels(p), '_src') AS src LIMIT 5`);
await time('single shortest', `MATCH p = (a:Entity)-[:Link* SHORTEST 1..6]-(b:Entity) WHERE a.id = $from AND b.id = $to RETURN length(p)`);
await time('lt ids', `${P} RETURN list_transform(nodes(p), x -> x.id) AS ids, list_transform(rels(p), x -> x.type) AS t LIMIT 5`);
await time('internal ids', `${P} RETURN list_transform(nodes(p), x -> id(x)) AS ids, list_transform(rels(p), x -> id(x)) AS t LIMIT 5`);
await time('rels only', `${P} RETURN rels(p) AS r LIMIT 5`);
await time('nodes only', `${P} RETURN nodes(p) AS n LIMIT 5`);
