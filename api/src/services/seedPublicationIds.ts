/**
 * Which Publication is a seed document (by its file stem, `seedDoc`), remembered per store and graph version.
 * An entity page asks this for every source it shows; looking it up per request listed every publication citing
 * the stem and took 0.6 s at 1M nodes (issue 8), while the answer changes only when the graph does.
 */
import type { GraphStore } from '../store/GraphStore.js';
import { graphVersion } from './graphVersion.js';

const remembered = new WeakMap<GraphStore, { version: string; ids: Map<string, Promise<string | null>> }>();

async function lookUp(store: GraphStore, stem: string): Promise<string | null> {
  const pubs = await store.listEntities({ types: ['Publication'], sourceDoc: stem }, 0, 1000);
  return pubs.items.find((p) => p.props.seedDoc === stem)?.id ?? null;
}

export async function seedPublicationId(store: GraphStore, stem: string): Promise<string | null> {
  const version = await graphVersion(store);
  let entry = remembered.get(store);
  if (entry?.version !== version) remembered.set(store, (entry = { version, ids: new Map() }));
  let id = entry.ids.get(stem);
  if (!id) {
    const ids = entry.ids;
    ids.set(stem, (id = lookUp(store, stem)));
    id.catch(() => ids.get(stem) === id && ids.delete(stem)); // a failure is not remembered
  }
  return id;
}
