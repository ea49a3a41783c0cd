/** The HTTP app: GraphQL at /graphql and the SvelteKit portal at /, on one port. */
import { existsSync } from 'node:fs';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { Glossary } from '../../../seed/loader/validateRecord.js';
import { CuratorTokens } from '../auth/curatorTokens.js';
import { ErrorCode } from '../errors.js';
import { createContext } from '../schema/context.js';
import type { GraphStore } from '../store/GraphStore.js';
import { createApolloServer } from './createApolloServer.js';
import { DOWNLOADS_PATH, downloadsRouter } from './downloadsRouter.js';
import { securityHeaders } from './securityHeaders.js';

export const MAX_BODY = '100kb';

export interface AppOptions {
  store: GraphStore;
  introspection: boolean;
  fieldSuggestions?: boolean;
  /** Who may edit; nobody when absent. */
  curatorTokens?: CuratorTokens;
  /** The seed glossary, applied to curator edits as to seed files. */
  glossary?: Glossary;
  /** The built SvelteKit handler (web/build/handler.js); omitted in API-only tests. */
  webHandlerPath?: string;
  log?: (e: unknown) => void;
}

/**
 * Errors before GraphQL (body too large, unreadable JSON) as GraphQL-shaped JSON, never Express's HTML page
 * with a stack trace. Anything unexpected is masked and logged.
 */
function bodyErrors(log: (e: unknown) => void): ErrorRequestHandler {
  return (err: { type?: string; status?: number }, _req, res, next) => {
    if (res.headersSent) return next(err);
    const reply = (status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });
    if (err.type === 'entity.too.large') return void reply(413, ErrorCode.PAYLOAD_TOO_LARGE, `the request body is larger than ${MAX_BODY}`);
    if (err.type === 'entity.parse.failed') return void reply(400, ErrorCode.BAD_REQUEST, 'the request body is not valid JSON');
    if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) return void reply(err.status, ErrorCode.BAD_REQUEST, 'the request could not be read');
    log(err);
    reply(500, ErrorCode.INTERNAL_SERVER_ERROR, 'internal error');
  };
}

export async function createApp(options: AppOptions) {
  const log = options.log ?? console.error;
  const tokens = options.curatorTokens ?? CuratorTokens.none();
  const apollo = createApolloServer({ introspection: options.introspection, fieldSuggestions: options.fieldSuggestions, log });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, engine: options.store.engine });
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(options.store, { auth: tokens.authenticate(req.headers.authorization), glossary: options.glossary }),
    }),
    bodyErrors(log),
  );
  app.use(DOWNLOADS_PATH, downloadsRouter(options.store, log));
  if (options.webHandlerPath && existsSync(options.webHandlerPath)) {
    const { handler } = (await import(options.webHandlerPath)) as { handler: RequestHandler };
    app.use(handler);
  }
  return { app, apollo };
}
