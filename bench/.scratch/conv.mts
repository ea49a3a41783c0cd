import kuzu from 'kuzu';
import { NODE_COLUMNS } from '../../graph-schema/columns.ts';
const dir = process.argv[2];
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const cols = NODE_COLUMNS.filter((x) => x.name !== 'searchText' && x.name !== 'sourceDocs').map((x) => `n.\`${x.name}\` AS \`${x.name}\``).join(', ');
const time = async (label: string, text: string) => {
  const ts: number[] = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); const r: any = await c.query(text); const all = r.getAllSync(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(label.padEnd(30), 'p50', ts[2].toFixed(1));
};
await time('struct n', `MATCH (n:Entity) RETURN n SKIP 5000 LIMIT 5000`);
await time('explicit cols', `MATCH (n:Entity) RETURN ${cols} SKIP 5000 LIMIT 5000`);
await time('id+summaryZh', `MATCH (n:Entity) RETURN n.id, n.summaryZh SKIP 5000 LIMIT 5000`);
await time('id+sources', `MATCH (n:Entity) RETURN n.id, n.sources SKIP 5000 LIMIT 5000`);
await time('concat 2', `MATCH (n:Entity) RETURN n.id + n.sources + n.summaryZh SKIP 5000 LIMIT 5000`);
console.log(NODE_COLUMNS.length);
const smap = NODE_COLUMNS.filter((x) => x.name !== 'searchText' && x.name !== 'sourceDocs').map((x) => `\`${x.name}\`: n.\`${x.name}\``).join(', ');
await time('struct literal', `MATCH (n:Entity) RETURN {${smap}} AS n SKIP 5000 LIMIT 5000`);
await time('explicit cols again', `MATCH (n:Entity) RETURN ${cols} SKIP 5000 LIMIT 5000`);
const t = performance.now(); const r: any = await c.query(`MATCH (n:Entity) RETURN ${cols} SKIP 5000 LIMIT 5000`); const t1 = performance.now(); r.getAllSync(); console.log('exec', (t1 - t).toFixed(1), 'conv', (performance.now() - t1).toFixed(1));
const r2: any = await c.query(`MATCH (n:Entity) RETURN n SKIP 5000 LIMIT 1`); console.log(r2.getAllSync()[0]);
