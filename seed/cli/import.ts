/**
 * `npm run import -- file.json`: replaces the configured store's graph with a dump made by `npm run export`.
 * The file is checked completely (the loader's rules, the graph hash) before the store is opened, and the
 * replacement is atomic (KuzuStore builds a new file and renames it; Neo4jStore uses one transaction).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { graphHash } from '../../graph-schema/graphHash.js';
import { loadConfig } from '../../api/src/config.js';
import { openStore } from '../../api/src/store/openStore.js';
import { DumpError, parseDump } from '../loader/graphDump.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run import -- <file.json>');
  process.exit(2);
}
const config = loadConfig();
try {
  const graph = parseDump(readFileSync(resolve(file), 'utf8'), file);
  console.log(`import: ${file} is valid: ${graph.nodes.length} nodes, ${graph.edges.length} relationships`);
  const store = await openStore(config.store);
  try {
    await store.replaceAll(graph, (m) => console.log(`import: writing ${m}`), { who: `npm run import (${basename(file)})` });
  } finally {
    await store.close();
  }
  console.log(`import: done, graph hash ${graphHash(graph)} in ${config.store.kind}`);
} catch (e) {
  console.error(e instanceof DumpError ? e.message : `import: failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
