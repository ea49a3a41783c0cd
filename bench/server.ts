/**
 * The server side of a benchmark, in its own process (so the load generator does not share its event loop):
 * the real app (createApp over the store the API would open) and a bare Apollo Server answering `{ hello }`,
 * both on 127.0.0.1 with ports the OS picks. Talks to bench/run.ts over the IPC channel only.
 *
 * Environment: ATLAS_DATA_DIR (the loaded embedded store) or NEO4J_URI etc., read by the API's own loadConfig;
 * BENCH_WEB_HANDLER, the built portal's handler.js, to serve the portal too (bench/webWeight.ts).
 */
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadConfig } from '../api/src/config.js';
import { createApp } from '../api/src/server/createApp.js';
import { openStore } from '../api/src/store/openStore.js';
import { ReadModelStore } from '../api/src/store/readModel/ReadModelStore.js';

export type ServerMessage =
  | { kind: 'ready'; appPort: number; helloPort: number; engine: string; readModel: { inMemory: boolean; ms: number } | null }
  | { kind: 'memory'; memory: NodeJS.MemoryUsage }
  | { kind: 'log'; line: string };
export type ParentMessage = { kind: 'memory' } | { kind: 'gc' } | { kind: 'stop' };

const send = (m: ServerMessage) => process.send?.(m);

async function helloApp() {
  const apollo = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));
  return { app, apollo };
}

const listen = (app: express.Express) =>
  new Promise<{ port: number; close: () => void }>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, close: () => server.close() }));
    server.keepAliveTimeout = 60_000;
  });

const config = loadConfig();
const store = await openStore(config.store, { onEvent: (line) => send({ kind: 'log', line }) });
// Measured once the read model is built (or has declined a graph over its size): the first requests of a
// freshly started server otherwise measure the build. The build's time is reported with the results.
const begun = performance.now();
const readModel = store instanceof ReadModelStore ? { inMemory: await store.ready(), ms: Math.round(performance.now() - begun) } : null;
// Errors are counted by the client; the server log only says how many and the first few.
let logged = 0;
const { app, apollo } = await createApp({
  store,
  introspection: true,
  webHandlerPath: process.env.BENCH_WEB_HANDLER || undefined,
  log: (e) => {
    if (logged++ < 5) send({ kind: 'log', line: String((e as Error)?.stack ?? e) });
  },
});
const hello = await helloApp();
const a = await listen(app);
const h = await listen(hello.app);
send({ kind: 'ready', appPort: a.port, helloPort: h.port, engine: store.engine, readModel });

process.on('message', async (m: ParentMessage) => {
  if (m.kind === 'memory') send({ kind: 'memory', memory: process.memoryUsage() });
  if (m.kind === 'gc') (globalThis as { gc?: () => void }).gc?.();
  if (m.kind === 'stop') {
    a.close();
    h.close();
    await Promise.allSettled([apollo.stop(), hello.apollo.stop()]);
    await store.close();
    process.exit(0);
  }
});
// The parent going away ends the benchmark: never leave a server behind.
process.on('disconnect', () => process.exit(0));
