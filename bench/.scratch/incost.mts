import { readFileSync } from 'node:fs';
import kuzu from 'kuzu';
const dir = process.argv[2];
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const time = async (label: string, text: string, params: (i: number) => Record<string, unknown>, n = 5) => {
  const ps = await c.prepare(text); if (!ps.isSuccess()) { console.log(label, 'ERR', ps.getErrorMessage()); return; }
  const ts: number[] = []; let out = '';
  for (let i = 0; i < n; i++) { const t = performance.now(); const r: any = await c.execute(ps, params(i) as any); out = JSON.stringify(r.getAllSync()).slice(0, 60); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(label.padEnd(34), 'p50', ts[n >> 1].toFixed(1), 'min', ts[0].toFixed(1), out);
};
for (const k of [1, 10, 100, 1000]) await time(`IN ${k}`, 'MATCH (a:Entity) WHERE a.id IN $ids RETURN count(*)', (i) => ({ ids: s.ids.slice(i, i + k) }));
await time('scan count', 'MATCH (a:Entity) RETURN count(*)', () => ({}));
await time('scan ids', 'MATCH (a:Entity) WHERE a.id <> $x RETURN count(*)', () => ({ x: 'q' }));
for (const k of [10, 100, 1000]) await time(`id() IN ${k}`, 'MATCH (a:Entity) WHERE offset(id(a)) IN $ids RETURN count(*)', (i) => ({ ids: Array.from({ length: k }, (_, j) => j * 7 + i) }));
await time('rel scan count', 'MATCH ()-[r:Link]->() RETURN count(*)', () => ({}));
