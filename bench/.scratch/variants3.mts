import { readFileSync } from 'node:fs';
import kuzu from 'kuzu';
const dir = process.argv[2];
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const time = async (label: string, text: string, params: (i: number) => Record<string, unknown>, n = 5) => {
  const ps = await c.prepare(text); if (!ps.isSuccess()) { console.log(label, 'ERR', ps.getErrorMessage()); return; }
  const ts: number[] = []; const ex: number[] = []; let rows = 0;
  for (let i = 0; i < n; i++) { const t = performance.now(); const r: any = await c.execute(ps, params(i) as any); const t2 = performance.now(); const all = process.env.SYNC ? r.getAllSync() : await r.getAll(); rows += all.length; ts.push(performance.now() - t); ex.push(t2 - t); }
  ts.sort((a, b) => a - b); ex.sort((a, b) => a - b); console.log(label.padEnd(34), 'p50', ts[n >> 1].toFixed(1), 'execute p50', ex[n >> 1].toFixed(1), 'rows/q', (rows / n).toFixed(0));
};
const ids = (i: number) => ({ ids: s.ids.slice(i * 50, i * 50 + 1000) });
await time('ids only', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids RETURN a.id, r.type, n.id`, ids);
await time('n only', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids RETURN a.id, r.type, n`, ids);
await time('r,n', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids RETURN a.id, r.type, r, n`, ids);
await time('n props 8', `MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids RETURN a.id, r.type, n.id, n.type, n.nameZh, n.nameEn, n.summaryZh, n.summaryEn, n.aliases, n.sources`, ids);
await time('nodes scan 10000 n', `MATCH (n:Entity) RETURN n LIMIT 10000`, () => ({}));
await time('nodes scan 10000 id', `MATCH (n:Entity) RETURN n.id LIMIT 10000`, () => ({}));
