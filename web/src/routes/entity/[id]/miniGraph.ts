/**
 * The entity page's small neighbourhood graph: the entity and, when it has many neighbours, the first ones in the
 * page's reading order (by relationship type, as the related list), so the picture matches the list beside it.
 */
import type { RelationType } from '../../../lib/generated/graphql';
import { relationRank } from '../../../lib/graph/relationTypes';

export const MINI_GRAPH_MAX = 40;

interface NodeIn {
  id: string;
}
interface EdgeIn {
  id: string;
  type: RelationType;
  from: string;
  to: string;
}

export function miniGraph<N extends NodeIn, E extends EdgeIn>(centre: N, nodes: readonly N[], edges: readonly E[], max = MINI_GRAPH_MAX): { nodes: N[]; edges: E[]; total: number } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rank = new Map<string, number>();
  for (const e of edges) {
    if (e.from === e.to || (e.from !== centre.id && e.to !== centre.id)) continue;
    const other = e.from === centre.id ? e.to : e.from;
    if (!byId.has(other)) continue;
    rank.set(other, Math.min(rank.get(other) ?? Infinity, relationRank(e.type)));
  }
  const neighbours = [...rank].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => byId.get(id)!);
  const kept = [centre, ...neighbours.slice(0, max)];
  const ids = new Set(kept.map((n) => n.id));
  return { nodes: kept, edges: edges.filter((e) => e.from !== e.to && ids.has(e.from) && ids.has(e.to)), total: neighbours.length };
}
