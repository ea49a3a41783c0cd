/**
 * GET /downloads/graph.json, /downloads/nodes.csv, /downloads/edges.csv: the whole graph for the portal's
 * Data & sources page (issue 6). The JSON is the same dump `npm run export` writes (seed/loader/graphDump.ts),
 * so a download can be loaded back with `npm run import`.
 */
import { Router, type Request, type Response } from 'express';
import { serializeDump } from '../../../seed/loader/graphDump.js';
import { edgesCsv, nodesCsv } from '../services/graphCsv.js';
import type { GraphStore } from '../store/GraphStore.js';
import { ErrorCode } from '../errors.js';

export const DOWNLOADS_PATH = '/downloads';

const FILES = {
  'graph.json': { type: 'application/json; charset=utf-8', body: serializeDump },
  'nodes.csv': { type: 'text/csv; charset=utf-8', body: nodesCsv },
  'edges.csv': { type: 'text/csv; charset=utf-8', body: edgesCsv },
} as const;

export function downloadsRouter(store: GraphStore, log: (e: unknown) => void = console.error): Router {
  const router = Router();
  for (const [name, file] of Object.entries(FILES)) {
    router.get(`/${name}`, async (_req: Request, res: Response) => {
      try {
        const text = file.body(await store.dump());
        res.set({
          'content-type': file.type,
          'content-disposition': `attachment; filename="governance-atlas-${name}"`,
          'cache-control': 'no-cache',
          'x-content-type-options': 'nosniff',
        });
        res.send(text);
      } catch (e) {
        log(e);
        res.status(503).json({ errors: [{ message: 'the graph could not be read', extensions: { code: ErrorCode.STORE_UNAVAILABLE } }] });
      }
    });
  }
  return router;
}
