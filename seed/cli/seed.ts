/** `npm run seed`: validates seed/ and loads it into the configured store (NEO4J_URI, or data/atlas.kuzu). */
import { loadConfig } from '../../api/src/config.js';
import { openStore } from '../../api/src/store/openStore.js';
import { SeedError } from '../loader/SeedError.js';
import { loadSeedFiles } from '../loader/loadSeedFiles.js';
import { seedStore } from '../loader/seedStore.js';

const config = loadConfig();
const seedDir = process.argv[2] ?? config.seedDir;
try {
  // Validate before opening the store, so a bad file never even touches the database.
  loadSeedFiles(seedDir);
  const store = await openStore(config.store);
  try {
    const { nodes, edges } = await seedStore(store, seedDir, (m) => console.log(`seed: ${m}`), { who: `npm run seed (${seedDir})` });
    console.log(`seed: done, ${nodes} nodes and ${edges} relationships in ${config.store.kind}`);
  } finally {
    await store.close();
  }
} catch (e) {
  if (e instanceof SeedError) {
    console.error(e.message);
    process.exit(1);
  }
  console.error(`seed: failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
