/**
 * Loads a benchmark graph into a store, timed, and says how the server process finds it. Embedded: a fresh
 * folder under the OS temp dir (removed by cleanup). Neo4j (NEO4J_URI): the configured database's graph is
 * replaced, and cleanup reseeds it with the curated graph.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../api/src/config.js';
import { KuzuStore } from '../api/src/store/embedded/KuzuStore.js';
import { openStore } from '../api/src/store/openStore.js';
import type { GraphData } from '../graph-schema/records.js';
import { loadCuratedGraph } from './curatedGraph.js';

export interface LoadedStore {
  loadS: number;
  /** Environment for bench/server.ts. */
  env: NodeJS.ProcessEnv;
  cleanup: () => Promise<void>;
}

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(2));

/** Store folders still on disk: removed however the benchmark ends (Ctrl-C included). */
const folders = new Set<string>();
process.once('exit', () => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

/** Loads the graph into the engine's store, timed; returns the environment the server process needs. */
export async function loadStore(engine: string, graph: GraphData, log: (m: string) => void): Promise<LoadedStore> {
  const progress = (m: string) => log(`  ${engine} load: ${m}`);
  if (engine === 'kuzu') {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
    folders.add(dir);
    const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_DATA_DIR: dir, NEO4J_URI: '' };
    const config = loadConfig(env).store; // the file the API itself would open with ATLAS_DATA_DIR=dir
    if (config.kind !== 'kuzu') throw new Error('expected the embedded store');
    const store = await KuzuStore.open({ path: config.path });
    const t = performance.now();
    try {
      await store.replaceAll(graph, progress);
    } finally {
      await store.close();
    }
    return {
      loadS: seconds(t),
      env,
      cleanup: async () => {
        rmSync(dir, { recursive: true, force: true });
        folders.delete(dir);
      },
    };
  }
  const config = loadConfig();
  if (config.store.kind !== 'neo4j') throw new Error('--engines neo4j needs NEO4J_URI');
  log(`neo4j: replacing the graph in ${config.store.uri} (it is reseeded with the curated graph afterwards)`);
  const store = await openStore(config.store);
  const t = performance.now();
  try {
    await store.replaceAll(graph, progress);
  } finally {
    await store.close();
  }
  return {
    loadS: seconds(t),
    env: { ...process.env },
    cleanup: async () => {
      const s = await openStore(config.store);
      try {
        await s.replaceAll(loadCuratedGraph().graph);
      } finally {
        await s.close();
      }
    },
  };
}
