/** `npm run seed:check`: validates seed/ without touching any store. */
import { resolve } from 'node:path';
import { loadSeedFiles } from '../loader/loadSeedFiles.js';
import { SeedError } from '../loader/SeedError.js';

const dir = resolve(process.argv[2] ?? 'seed');
try {
  const graph = loadSeedFiles(dir);
  console.log(`seed is valid: ${graph.nodes.length} nodes, ${graph.edges.length} relationships`);
} catch (e) {
  if (!(e instanceof SeedError)) throw e;
  console.error(e.message);
  process.exit(1);
}
