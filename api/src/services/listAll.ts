/** Every entity a filter matches, read in pages (a service that needs a whole type, e.g. all cases or publications). */
import type { NodeRecord } from '../../../graph-schema/records.js';
import type { EntityFilter, GraphStore } from '../store/GraphStore.js';

const PAGE = 2000;
/** A guard, far above the graph's size, so a mistaken filter cannot read without end. */
const MAX_ENTITIES = 50_000;

export async function listAll(store: GraphStore, filter: EntityFilter): Promise<NodeRecord[]> {
  const out: NodeRecord[] = [];
  for (let offset = 0; offset < MAX_ENTITIES; offset += PAGE) {
    const page = await store.listEntities(filter, offset, PAGE);
    out.push(...page.items);
    if (out.length >= page.total || page.items.length < PAGE) break;
  }
  return out;
}

/** Neighbour rows a service may read in one call: enough for every relationship of a few thousand entities. */
export const NEIGHBOUR_ROWS = 50_000;
