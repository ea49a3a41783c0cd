import kuzu from 'kuzu';
const db = new kuzu.Database(':memory:');
const c = new kuzu.Connection(db);
const q = async (s) => { try { const r = await c.query(s); console.log(JSON.stringify(s), '=>', JSON.stringify(await r.getAll())); } catch (e) { console.log(s, 'ERR', e.message); } };
await q(`RETURN regexp_split_to_array('\u001fa\u001f\u001fb\u001f', '\u001f') AS t`);
await q(`RETURN regexp_split_to_array('', '\u001f') AS t`);
await q(`RETURN regexp_split_to_array('a.b', '\u001f') AS t`);
await q(`RETURN regexp_split_to_array('x*y+z?(\\\\w)', '\u001f') AS t`);
await q(`RETURN regexp_split_to_array('中文\u001f😀', '\u001f') AS t`);
