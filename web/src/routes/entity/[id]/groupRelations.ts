/**
 * The entity page's related entities: the edges at the entity, grouped by relationship type and direction,
 * groups in a fixed reading order, items by their `order` (parts, authors) and then by name.
 */
import type { EdgeDetailFragment, EntityRefFragment, RelationType } from '../../../lib/generated/graphql';
import { isSymmetric, relationRank } from '../../../lib/graph/relationTypes';

/** `out`: this entity is the edge's `from`; `in`: its `to`; `both`: a symmetric relationship, either way. */
export type Direction = 'out' | 'in' | 'both';

export interface RelatedItem {
  edge: EdgeDetailFragment;
  /** The entity at the other end; only its id when the neighbourhood did not include it. */
  other: EntityRefFragment | { id: string; type?: undefined; nameZh?: undefined; nameEn?: undefined };
}

export interface RelationGroup {
  key: string;
  type: RelationType;
  direction: Direction;
  /** Whether the items carry an order (parts in order, authors in order): shown as a numbered list. */
  ordered: boolean;
  items: RelatedItem[];
}

const DIRECTION_RANK: Record<Direction, number> = { out: 0, both: 0, in: 1 };

export function groupRelations(
  centreId: string,
  nodes: readonly EntityRefFragment[],
  edges: readonly EdgeDetailFragment[],
  nameOf: (item: RelatedItem['other']) => string,
): RelationGroup[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const groups = new Map<string, RelationGroup>();
  for (const edge of edges) {
    // depth 1 may also return edges between two neighbours; and a self-loop says nothing about a neighbour.
    if ((edge.from !== centreId && edge.to !== centreId) || edge.from === edge.to) continue;
    const direction: Direction = isSymmetric(edge.type) ? 'both' : edge.from === centreId ? 'out' : 'in';
    const otherId = edge.from === centreId ? edge.to : edge.from;
    const key = `${edge.type}:${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, type: edge.type, direction, ordered: false, items: [] };
      groups.set(key, group);
    }
    group.items.push({ edge, other: byId.get(otherId) ?? { id: otherId } });
  }
  const collator = new Intl.Collator(['zh-CN', 'en']);
  for (const group of groups.values()) {
    group.ordered = group.items.some((i) => i.edge.order !== null);
    group.items.sort((a, b) => (a.edge.order ?? Infinity) - (b.edge.order ?? Infinity) || collator.compare(nameOf(a.other), nameOf(b.other)) || a.other.id.localeCompare(b.other.id));
  }
  return [...groups.values()].sort((a, b) => relationRank(a.type) - relationRank(b.type) || DIRECTION_RANK[a.direction] - DIRECTION_RANK[b.direction]);
}
