/**
 * coverage: what the graph takes from each source document (entities, relationships, distinct sections cited),
 * read from one dump of the graph and cached per graph version.
 */
import type { GraphStore } from '../store/GraphStore.js';
import { graphVersion } from './graphVersion.js';

export interface DocumentCoverageRecord {
  doc: string;
  entities: number;
  relationships: number;
  sections: number;
  entitiesByType: { type: string; count: number }[];
}

/** Seed document stems (`002_63d1d70768eea201`) sort first: they are the papers the graph is built from. */
const SEED_STEM = /^\d{3}_[0-9a-f]{16}$/;

const cache = new WeakMap<GraphStore, { version: string; result: DocumentCoverageRecord[] }>();

export async function coverage(store: GraphStore): Promise<DocumentCoverageRecord[]> {
  const version = await graphVersion(store);
  const hit = cache.get(store);
  if (hit?.version === version) return hit.result;

  const graph = await store.dump();
  const docs = new Map<string, { entities: Set<string>; relationships: Set<string>; sections: Set<string>; types: Map<string, number> }>();
  const entry = (doc: string) => {
    let d = docs.get(doc);
    if (!d) docs.set(doc, (d = { entities: new Set(), relationships: new Set(), sections: new Set(), types: new Map() }));
    return d;
  };
  for (const n of graph.nodes) {
    for (const s of n.sources) {
      const d = entry(s.doc);
      if (s.locator.trim()) d.sections.add(s.locator.trim());
      if (!d.entities.has(n.id)) {
        d.entities.add(n.id);
        d.types.set(n.type, (d.types.get(n.type) ?? 0) + 1);
      }
    }
  }
  for (const e of graph.edges) {
    for (const s of e.sources) {
      const d = entry(s.doc);
      if (s.locator.trim()) d.sections.add(s.locator.trim());
      d.relationships.add(e.id);
    }
  }
  const result = [...docs]
    .map(([doc, d]) => ({
      doc,
      entities: d.entities.size,
      relationships: d.relationships.size,
      sections: d.sections.size,
      entitiesByType: [...d.types].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    }))
    .sort((a, b) => Number(SEED_STEM.test(b.doc)) - Number(SEED_STEM.test(a.doc)) || (SEED_STEM.test(a.doc) ? a.doc.localeCompare(b.doc) : b.entities - a.entities || a.doc.localeCompare(b.doc)));
  cache.set(store, { version, result });
  return result;
}
