import { readFileSync } from 'node:fs';
import kuzu from 'kuzu';
import { read } from '../../api/src/store/cypher/statements.ts';
import { NODE_TYPE_NAMES, REL_TYPE_NAMES } from '../../graph-schema/model.ts';
const [dir, which, ...rest] = process.argv.slice(2);
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const f = { types: NODE_TYPE_NAMES, relations: REL_TYPE_NAMES, sourceDoc: null, yearFrom: null, yearTo: null, limit: 4000, skip: 0 };
const t0 = s.searchTerms[Number(rest[0] ?? 0)];
const qs: Record<string, [string, any]> = {
  search: [read.search('kuzu'), { ...f, limit: 20, tokens: [t0], raw: t0, lower: t0 }],
  searchCount: [read.searchCount('kuzu'), { ...f, tokens: [t0] }],
  out1: [read.neighboursOutOf('kuzu'), { ...f, id: s.ids[Number(rest[0] ?? 0)] }],
  in1: [read.neighboursInOf('kuzu'), { ...f, id: s.ids[Number(rest[0] ?? 0)] }],
  paths: [read.shortestPaths('kuzu', 6), { from: s.pairs[0][0], to: s.pairs[0][1], limit: 5 }],
  nodeCounts: [read.nodeCounts('kuzu'), {}],
  edgeCounts: [read.edgeCounts('kuzu'), {}],
};
const [text, params] = qs[which];
const ps = await c.prepare('PROFILE ' + text); if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
const used = Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(text)));
const t = performance.now();
const r: any = await c.execute(ps, used);
const out: string = Object.values(r.getAllSync()[0])[0] as string;
console.log('term', t0, 'ms', (performance.now() - t).toFixed(1));
const cells = out.split('\n').map((l) => l.replace(/[│┌┐└┘─┬┴├┤]/g, ' ').trim()).filter(Boolean);
const lines: string[] = []; let cur = '';
for (const l of cells) {
  if (/^[A-Z_]+\[\d+\]/.test(l)) { if (cur) lines.push(cur); cur = l.split(/\s{2,}/).join(' | '); }
  else if (/NumOutputTuples|ExecutionTime|Tables|Key/.test(l)) cur += '  ' + l.split(/\s{2,}/).join(' | ');
}
lines.push(cur); console.log(lines.map((l) => l.slice(0, 230)).join('\n'));
