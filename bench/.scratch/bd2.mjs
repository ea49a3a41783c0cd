import kuzu from 'kuzu';
import { rmSync, writeFileSync } from 'node:fs';
rmSync('/tmp/bd2.kuzu', { force: true }); rmSync('/tmp/bd2.kuzu.wal', { force: true });
const db = new kuzu.Database('/tmp/bd2.kuzu'); const c = new kuzu.Connection(db);
const n = Number(process.argv[2]); const sub = process.argv[3];
await c.query('CREATE NODE TABLE E(id STRING PRIMARY KEY)');
await c.query('CREATE REL TABLE L(FROM E TO E, s STRING)');
writeFileSync('/tmp/bd2n.csv', Array.from({ length: 1000 }, (_, i) => `n${i}`).join('\n') + '\n');
await c.query(`COPY E FROM '/tmp/bd2n.csv' (HEADER=false)`);
writeFileSync('/tmp/bd2e.csv', Array.from({ length: n }, (_, i) => `n${i % 1000},n${(i * 7) % 1000},x${i}`).join('\n') + '\n');
const q = sub === 'direct' ? `COPY L FROM '/tmp/bd2e.csv' (HEADER=false)` :
  sub === 'sub' ? `COPY L FROM (LOAD WITH HEADERS (a STRING, b STRING, s STRING) FROM '/tmp/bd2e.csv' (HEADER=false) RETURN a, b, s)` :
  `COPY L FROM (LOAD WITH HEADERS (a STRING, b STRING, s STRING) FROM '/tmp/bd2e.csv' (HEADER=false, PARALLEL=false) RETURN a, b, s)`;
const r = await c.query(q); console.log(n, sub, await r.getAll());
