import kuzu from 'kuzu';
const db = new kuzu.Database('/tmp/atlas-prof-10x/atlas.kuzu', 0, true, true); const c = new kuzu.Connection(db);
const r = await c.query("CALL table_info('Entity') RETURN name"); console.log(r.getAllSync().map((x) => x.name).join(','));
const r2 = await c.query("CALL table_info('Link') RETURN name"); console.log(r2.getAllSync().map((x) => x.name).join(','));
