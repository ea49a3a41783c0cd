/** The HTTP app: GraphQL at /graphql and the SvelteKit portal at /, on one port. */
import { existsSync } from 'node:fs';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
import { createContext } from '../schema/context.js';
import type { GraphStore } from '../store/GraphStore.js';
import { createApolloServer } from './createApolloServer.js';

export const MAX_BODY = '100kb';

export interface AppOptions {
  store: GraphStore;
  introspection: boolean;
  /** The built SvelteKit handler (web/build/handler.js); omitted in API-only tests. */
  webHandlerPath?: string;
  log?: (e: unknown) => void;
}

export async function createApp(options: AppOptions) {
  const apollo = createApolloServer({ introspection: options.introspection, log: options.log });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, engine: options.store.engine });
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: async () => createContext(options.store) }),
  );
  if (options.webHandlerPath && existsSync(options.webHandlerPath)) {
    const { handler } = (await import(options.webHandlerPath)) as { handler: RequestHandler };
    app.use(handler);
  }
  return { app, apollo };
}
