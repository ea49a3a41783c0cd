/** Chooses the store from the configuration: Neo4j when NEO4J_URI is set, embedded Kuzu otherwise. */
import type { StoreConfig } from '../config.js';
import { KuzuStore } from './embedded/KuzuStore.js';
import type { GraphStore } from './GraphStore.js';
import { ReadModelStore } from './readModel/ReadModelStore.js';

export interface OpenOptions {
  readOnly?: boolean;
  /** Where the read model reports its builds (the server's log). */
  onEvent?: (message: string) => void;
}

/** The configured store, behind the in-process read model when the configuration turns it on. */
export async function openStore(config: StoreConfig, options: OpenOptions = {}): Promise<GraphStore> {
  const store = await openEngine(config, options);
  return config.readModel ? new ReadModelStore(store, { maxRelationships: config.readModel.maxRelationships, onEvent: options.onEvent }) : store;
}

async function openEngine(config: StoreConfig, options: OpenOptions): Promise<GraphStore> {
  switch (config.kind) {
    case 'kuzu':
      return KuzuStore.open({ path: config.path, queryTimeoutMs: config.queryTimeoutMs, readOnly: options.readOnly });
    case 'neo4j': {
      const { Neo4jStore } = await import('./neo4j/Neo4jStore.js');
      return Neo4jStore.open(config);
    }
  }
}

/** True when the configured store has never been seeded (only the embedded store can tell cheaply). */
export function needsFirstSeed(config: StoreConfig): boolean {
  return config.kind === 'kuzu' && !KuzuStore.exists(config.path);
}
