/** `npm start`: opens (and on first start seeds) the store, then serves the portal and the API on one port. */
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { needsFirstSeed, openStore } from '../store/openStore.js';
import { loadGlossary } from '../../../seed/loader/loadSeedFiles.js';
import { seedStore } from '../../../seed/loader/seedStore.js';
import { CuratorTokens } from '../auth/curatorTokens.js';
import { ReadModelStore } from '../store/readModel/ReadModelStore.js';
import { createApp } from './createApp.js';

const WEB_HANDLER = fileURLToPath(new URL('../../../web/build/handler.js', import.meta.url));

const config = loadConfig();
// Read before opening the store: a bad token entry stops the start with a message naming it.
const curatorTokens = CuratorTokens.load(config);
const firstStart = needsFirstSeed(config.store);
const store = await openStore(config.store, { onEvent: (m) => console.log(`atlas: ${m}`) });
if (firstStart) {
  console.log(`atlas: first start, seeding ${config.store.kind === 'kuzu' ? config.store.path : 'the store'} from ${config.seedDir}`);
  const { nodes, edges } = await seedStore(store, config.seedDir, (m) => console.log(`atlas: seed: ${m}`), { who: 'first start (seed)' });
  console.log(`atlas: seeded ${nodes} nodes and ${edges} relationships`);
}
const { app, apollo } = await createApp({
  store,
  introspection: config.introspection,
  fieldSuggestions: config.fieldSuggestions,
  curatorTokens,
  glossary: loadGlossary(config.seedDir),
  webHandlerPath: WEB_HANDLER,
});
// Build the read model now rather than on the first request; until it is ready the store answers.
if (store instanceof ReadModelStore) void store.ready();
console.log(`atlas: ${curatorTokens.count} curator token(s) configured${curatorTokens.count ? '' : ' (editing is off)'}`);
const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`atlas: portal at http://localhost:${port}/  GraphQL at http://localhost:${port}/graphql  (store: ${store.engine})`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`atlas: ${signal}, shutting down`);
  server.close();
  await apollo.stop();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
