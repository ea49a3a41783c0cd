import { read } from '../../api/src/store/cypher/statements.ts';
import kuzu from 'kuzu';
const db = new kuzu.Database('/tmp/atlas-prof-10x/atlas.kuzu', 0, true, true); const c = new kuzu.Connection(db);
for (const t of [read.dumpNodes('kuzu'), read.dumpEdges('kuzu')]) { try { const r: any = await c.query(t + ' LIMIT 1'); console.log(r.getAllSync()); } catch (e) { console.log('ERR', (e as Error).message, t.slice(0, 200)); } }
