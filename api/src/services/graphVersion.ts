/**
 * A cheap fingerprint of the graph's current version, for caches: counts by type plus a process-local
 * epoch that every write path in this process bumps (curation mutations, imports).
 */
import type { GraphStore } from '../store/GraphStore.js';

const epochs = new WeakMap<GraphStore, number>();

export function bumpGraphEpoch(store: GraphStore): void {
  epochs.set(store, (epochs.get(store) ?? 0) + 1);
}

/** The last fingerprint per store, reused while the store hands back the same (frozen) counts: asked on every read. */
const last = new WeakMap<GraphStore, { stats: object; epoch: number; version: string }>();

export async function graphVersion(store: GraphStore): Promise<string> {
  const s = await store.stats();
  const epoch = epochs.get(store) ?? 0;
  const hit = last.get(store);
  if (hit && hit.stats === s && hit.epoch === epoch && Object.isFrozen(s)) return hit.version;
  const version = JSON.stringify([epoch, Object.entries(s.nodesByType).sort(), Object.entries(s.edgesByType).sort()]);
  last.set(store, { stats: s, epoch, version });
  return version;
}
