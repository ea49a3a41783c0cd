/** Validates seed/ and replaces the store's graph with it: all or nothing. */
import type { ChangeMeta, GraphStore } from '../../api/src/store/GraphStore.js';
import { loadSeedFiles } from './loadSeedFiles.js';

export async function seedStore(
  store: GraphStore,
  seedDir: string,
  log: (message: string) => void = () => {},
  meta?: ChangeMeta,
): Promise<{ nodes: number; edges: number }> {
  const graph = loadSeedFiles(seedDir);
  log(`validated ${graph.nodes.length} nodes and ${graph.edges.length} relationships`);
  await store.replaceAll(graph, (m) => log(`writing ${m}`), meta);
  return { nodes: graph.nodes.length, edges: graph.edges.length };
}
