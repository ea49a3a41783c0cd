import kuzu from 'kuzu';
const db = new kuzu.Database('/tmp/kt3.kuzu');
const c = new kuzu.Connection(db);
const q = async (s, p) => { try { const r = p ? await c.execute(await c.prepare(s), p) : await c.query(s); const rr = Array.isArray(r)? r[r.length-1]: r; const all = await rr.getAll(); console.log(s.slice(0,70), '=>', JSON.stringify(all).slice(0,500)); } catch (e) { console.log(s.slice(0,70), 'ERR', e.message); } };
const qs = {
a: ['MATCH (a:Entity)-[r:Link]->(b:Entity) WHERE a.id IN $ids RETURN a.id AS f, b.id AS t, r.type AS rt, r.role AS role', {ids:['b1']}],
b: ['MATCH p = (a:Entity)-[r:Link* ALL SHORTEST 1..6]-(b:Entity) WHERE a.id = $f AND b.id = $t RETURN [n IN nodes(p) | n.id] AS ns, [x IN rels(p) | x.type] AS rs', {f:'a1', t:'a2'}],
c: ['MATCH p = (a:Entity)-[r:Link* ALL SHORTEST 1..6]-(b:Entity) WHERE a.id = $f AND b.id = $t RETURN nodes(p) AS ns, rels(p) AS rs', {f:'a1', t:'a2'}],
d: ['MATCH (n:Entity)-[r:Link]-(m:Entity) WHERE n.id IN $ids RETURN n.id AS id, count(r) AS d', {ids:['a1','b1']}],
e: ['MATCH (a:Entity)-[r:Link]->(b:Entity) RETURN a.id, b.id, r'],
f: ['MATCH (a:Entity)-[r:Link]-(b:Entity) WHERE a.id IN $ids RETURN a.id, b.id, r.type, properties(nodes(r)...)', {ids:['b1']}],
g: ['MATCH (a:Entity)<-[r:Link]-(b:Entity) WHERE a.id IN $ids RETURN b.id AS f, a.id AS t, r.type AS rt', {ids:['b1']}],
h: ['MATCH (a:Entity)-[r:Link]-(b:Entity) WHERE a.id IN $ids RETURN a.id, b.id, r.type, id(a) = r._src AS out', {ids:['b1']}],
};
const w = process.argv[2]; await q(...qs[w]);
c.closeSync(); db.closeSync();
