import { readFileSync } from 'node:fs';
import kuzu from 'kuzu';
const dir = process.argv[2];
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const time = async (label: string, text: string, params: (i: number) => Record<string, unknown>, n = 10) => {
  const ps = await c.prepare(text); if (!ps.isSuccess()) { console.log(label, 'ERR', ps.getErrorMessage()); return; }
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); const r: any = await c.execute(ps, params(i) as any); r.getAllSync(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(label.padEnd(34), 'p50', ts[n >> 1].toFixed(1), 'min', ts[0].toFixed(1));
};
await time('all() contains', 'MATCH (n:Entity) WHERE all(t IN $tokens WHERE n.searchText CONTAINS t) RETURN count(*)', (i) => ({ tokens: [s.searchTerms[i]] }));
await time('direct contains', 'MATCH (n:Entity) WHERE n.searchText CONTAINS $t RETURN count(*)', (i) => ({ t: s.searchTerms[i] }));
await time('scan searchText only', 'MATCH (n:Entity) WHERE n.searchText <> $t RETURN count(*)', (i) => ({ t: s.searchTerms[i] }));
await time('ids page', 'MATCH (n:Entity) WHERE n.searchText CONTAINS $t RETURN n.id ORDER BY n.id LIMIT 20', (i) => ({ t: s.searchTerms[i] }));
await time('regexp', 'MATCH (n:Entity) WHERE regexp_matches(n.searchText, $t) RETURN count(*)', (i) => ({ t: s.searchTerms[i] }));
