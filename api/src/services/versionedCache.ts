/**
 * Values derived from the graph, kept per store for its current graph version (graphVersion): requests that
 * ask while a value is being computed share that one computation, a failed computation is not kept, and a new
 * graph version starts empty. Whole-graph reads take seconds at 1M relationships (issue 8), so sharing matters.
 */
import type { GraphStore } from '../store/GraphStore.js';
import { graphVersion } from './graphVersion.js';

export type VersionedCache<T> = (store: GraphStore, key: string, compute: (version: string) => Promise<T>) => Promise<T>;

/** `maxEntries`: the oldest value goes when more are kept (keys shaped by requests must not grow without bound). */
export function versionedCache<T>(maxEntries = Number.POSITIVE_INFINITY): VersionedCache<T> {
  const byStore = new WeakMap<GraphStore, { version: string; values: Map<string, Promise<T>> }>();
  return async (store, key, compute) => {
    const version = await graphVersion(store);
    let entry = byStore.get(store);
    if (entry?.version !== version) byStore.set(store, (entry = { version, values: new Map() }));
    const values = entry.values;
    const hit = values.get(key);
    if (hit) return hit;
    const value = compute(version);
    values.set(key, value);
    if (values.size > maxEntries) values.delete(values.keys().next().value as string);
    value.catch(() => values.get(key) === value && values.delete(key));
    return value;
  };
}
