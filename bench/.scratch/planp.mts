import { readFileSync } from 'node:fs';
import kuzu from 'kuzu';
import { NODE_TYPE_NAMES, REL_TYPE_NAMES } from '../../graph-schema/model.ts';
const [dir, which] = process.argv.slice(2);
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const db = new kuzu.Database(`${dir}/atlas.kuzu`, 0, true, true); const c = new kuzu.Connection(db);
const NF = (v: string) => `${v}.type IN $types AND ($sourceDoc IS NULL OR list_contains(${v}.sourceDocs, $sourceDoc)) AND ($yearTo IS NULL OR ${v}.yearFrom IS NULL OR ${v}.yearFrom <= $yearTo) AND ($yearFrom IS NULL OR coalesce(${v}.yearTo, ${v}.yearFrom) IS NULL OR coalesce(${v}.yearTo, ${v}.yearFrom) >= $yearFrom)`;
const RET = `RETURN a.id AS anchor, r.type AS relType, r, n ORDER BY anchor, relType, n.id LIMIT $limit`;
const f = { types: NODE_TYPE_NAMES, relations: REL_TYPE_NAMES, sourceDoc: null, yearFrom: null, yearTo: null, limit: 4000 };
const qs: Record<string, [string, any]> = {
  eq: [`MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = $id AND r.type IN $relations AND ${NF('n')} ${RET}`, { ...f, id: s.ids[0] }],
  withIn: [`MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id IN $ids WITH a, r, n WHERE r.type IN $relations AND ${NF('n')} ${RET}`, { ...f, ids: [s.ids[0]] }],
  simpleEq: [`MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = $id RETURN a.id, r, n`, { id: s.ids[0] }],
  eqNoRet: [`MATCH (a:Entity)-[r:Link]->(n:Entity) WHERE a.id = $id AND r.type IN $relations AND ${NF('n')} RETURN a.id, n.id`, { ...f, id: s.ids[0] }],
};
const [text, params] = qs[which];
const ps = await c.prepare('PROFILE ' + text); if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
const t = performance.now();
const r: any = await c.execute(ps, params);
const out: string = Object.values((await r.getAll())[0])[0] as string;
console.log('ms', (performance.now() - t).toFixed(1));
const cells = out.split('\n').map((l) => l.replace(/[│┌┐└┘─┬┴├┤]/g, ' ').trim()).filter(Boolean);
const lines: string[] = []; let cur = '';
for (const l of cells) {
  if (/^[A-Z_]+\[\d+\]/.test(l)) { if (cur) lines.push(cur); cur = l.split(/\s{2,}/).join(' | '); }
  else if (/NumOutputTuples|ExecutionTime|Tables|Key/.test(l)) cur += '  ' + l.split(/\s{2,}/).join(' | ');
}
lines.push(cur); console.log(lines.map((l) => l.slice(0, 260)).join('\n'));
