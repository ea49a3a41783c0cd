/**
 * The store contract against a real Neo4j. Runs only when NEO4J_URI is set (see docs/neo4j.md); the suite
 * replaces the whole graph, so point it at a database whose data you can lose.
 */
import { it } from 'vitest';
import { loadConfig } from '../../api/src/config.js';
import { Neo4jStore } from '../../api/src/store/neo4j/Neo4jStore.js';
import { runGraphStoreContract } from '../contract/graphStoreContract.js';

const { store } = loadConfig();

if (store.kind === 'neo4j') {
  runGraphStoreContract('Neo4jStore', () => Neo4jStore.open(store));
} else {
  it.skip('NEO4J_URI not set: the GraphStore contract against Neo4jStore needs a Neo4j server (docker compose up -d, then NEO4J_URI=bolt://localhost:7687)', () => {});
}
