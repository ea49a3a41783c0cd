/**
 * Which Publication is a seed document (by its file stem, `seedDoc`), remembered per store and graph version.
 * An entity page asks this for every source it shows; looking it up per request listed every publication citing
 * the stem and took 0.6 s at 1M nodes (issue 8), while the answer changes only when the graph does.
 */
import type { GraphStore } from '../store/GraphStore.js';
import { versionedCache } from './versionedCache.js';

/** Few keys (the seed documents), so no bound is needed. */
const remembered = versionedCache<string | null>();

async function lookUp(store: GraphStore, stem: string): Promise<string | null> {
  const pubs = await store.listEntities({ types: ['Publication'], sourceDoc: stem }, 0, 1000);
  return pubs.items.find((p) => p.props.seedDoc === stem)?.id ?? null;
}

export function seedPublicationId(store: GraphStore, stem: string): Promise<string | null> {
  return remembered(store, stem, () => lookUp(store, stem));
}
