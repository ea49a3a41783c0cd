/** slideGraph: given entities and every relationship among them, for a slide's live graph view. */
import type { GraphData } from '../../../graph-schema/records.js';
import { BadUserInputError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { NEIGHBOUR_ROWS } from './listAll.js';

export const MAX_SLIDE_NODES = 200;

export async function slideGraph(store: GraphStore, ids: readonly string[]): Promise<GraphData> {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_SLIDE_NODES) throw new BadUserInputError(`a slide shows at most ${MAX_SLIDE_NODES} entities`, 'ids');
  if (unique.length === 0) return { nodes: [], edges: [] };
  const [nodes, links] = await Promise.all([store.getNodes(unique), store.neighbours({ ids: unique, limit: NEIGHBOUR_ROWS })]);
  const found = new Set(nodes.map((n) => n.id));
  const order = new Map(unique.map((id, i) => [id, i]));
  return {
    // In the order asked for, so a deck's node list is also the reading order of the accessible list.
    nodes: nodes.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    edges: links.edges.filter((e) => found.has(e.from) && found.has(e.to)).sort((a, b) => a.id.localeCompare(b.id)),
  };
}
