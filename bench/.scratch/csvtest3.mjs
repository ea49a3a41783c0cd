import kuzu from 'kuzu';
const db = new kuzu.Database(':memory:');
const c = new kuzu.Connection(db);
const q = async (s, p) => { try { const r = p ? await c.execute(await c.prepare(s), p) : await c.query(s); const rr = Array.isArray(r) ? r[r.length - 1] : r; const all = await rr.getAll(); console.log(s.slice(0, 120), '=>', JSON.stringify(all)); } catch (e) { console.log(s.slice(0, 100), 'ERR', e.message); } };
await q(`RETURN list_transform(string_split('e\u001fe b \u001fe', '\u001f'), x -> substring(x, 2, size(x))) AS t`);
await q(`RETURN string_split('\u001fa\u001f\u001fb', '\u001f') AS t, string_split('xa', 'x') AS u, substring('中文字', 2, 2) AS v, size('中文字') AS w`);
