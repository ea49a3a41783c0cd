import kuzu from 'kuzu';
const [dir, ...q] = process.argv.slice(2);
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const r: any = await c.query(q.join(' '));
const text: string = Object.values((await r.getAll())[0])[0] as string;
// keep operator names and stats, one operator per line
const cells = text.split('\n').map((l) => l.replace(/[│┌┐└┘─┬┴├┤]/g, ' ').trim()).filter(Boolean);
const out: string[] = []; let cur = '';
for (const l of cells) {
  if (/^[A-Z_]+\[\d+\]$/.test(l) || /^[A-Z_]+\[\d+\]\s/.test(l)) { if (cur) out.push(cur); cur = l.split(/\s{2,}/).join(' | '); }
  else if (/NumOutputTuples|ExecutionTime|Expressions|Predicate|Filter|Join|Table|Properties|Key/.test(l)) cur += '  ' + l.split(/\s{2,}/).join(' | ');
}
out.push(cur); console.log(out.join('\n'));
