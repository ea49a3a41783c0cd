import kuzu from 'kuzu';
import { rmSync, writeFileSync } from 'node:fs';
rmSync('/tmp/csv.kuzu', { force: true, recursive: true }); rmSync('/tmp/csv.kuzu.wal', { force: true });
const db = new kuzu.Database('/tmp/csv.kuzu');
const c = new kuzu.Connection(db);
const q = async (s, p) => { try { const r = p ? await c.execute(await c.prepare(s), p) : await c.query(s); const rr = Array.isArray(r) ? r[r.length - 1] : r; const all = await rr.getAll(); console.log(s.slice(0, 100), '=>', JSON.stringify(all)); } catch (e) { console.log(s.slice(0, 100), 'ERR', e.message); } };
await q('CREATE NODE TABLE E(id STRING PRIMARY KEY, s STRING, tags STRING[], y INT64, f DOUBLE)');
writeFileSync('/tmp/n.csv', [
  'a,plain,,1,0.5',
  'b,"",,,',
  'c,"with ""quote"" and, comma",,3,',
  'd,"line1\nline2 \\ back \'sq\' 😀 $x `bt`",,4,1.25',
  'e,,,,',
].join('\n') + '\n');
await q(`COPY E FROM '/tmp/n.csv' (HEADER=false, QUOTE='"', ESCAPE='"', PARALLEL=false)`);
await q('MATCH (n:E) RETURN n.id, n.s, n.s IS NULL AS isnull, n.y, n.f');
await q("RETURN string_split('a\u0001\u0001b', '\u0001') AS x, decode(blob('\\\\x61\\\\xE4\\\\xB8\\\\xAD')) AS y");
await q("RETURN decode(BLOB('\\\\xE4\\\\xB8\\\\xAD')) AS y");
c.closeSync(); db.closeSync();
