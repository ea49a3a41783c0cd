/**
 * A cheap fingerprint of the graph's current version, for caches: counts by type plus a process-local
 * epoch that every write path in this process bumps (curation mutations, imports).
 */
import type { GraphStore } from '../store/GraphStore.js';

const epochs = new WeakMap<GraphStore, number>();

export function bumpGraphEpoch(store: GraphStore): void {
  epochs.set(store, (epochs.get(store) ?? 0) + 1);
}

export async function graphVersion(store: GraphStore): Promise<string> {
  const s = await store.stats();
  return JSON.stringify([epochs.get(store) ?? 0, Object.entries(s.nodesByType).sort(), Object.entries(s.edgesByType).sort()]);
}
