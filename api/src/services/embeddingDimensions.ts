/** Which embedding dimensions (subject / institution / resource / technology) a mechanism or case is filed under. */
import { DIMENSIONS } from '../../../graph-schema/model.js';
import type { NodeRecord } from '../../../graph-schema/records.js';
import type { GraphSnapshot } from './graphSnapshot.js';

export type Dimension = (typeof DIMENSIONS)[number];

const isDimension = (v: unknown): v is Dimension => typeof v === 'string' && (DIMENSIONS as readonly string[]).includes(v);

/** A node's own dimension properties plus the dimension its EXEMPLIFIES links name, in the model's order. */
export function dimensionsOf(snapshot: GraphSnapshot, node: NodeRecord): Dimension[] {
  const found = new Set<Dimension>();
  const own = node.props.dimensions ?? node.props.dimension;
  for (const d of Array.isArray(own) ? own : [own]) if (isDimension(d)) found.add(d);
  for (const e of snapshot.out(node.id, 'EXEMPLIFIES')) if (isDimension(e.props.dimension)) found.add(e.props.dimension);
  return DIMENSIONS.filter((d) => found.has(d));
}

/** Dimensions by how often they occur, most first; ties in the model's order. */
export function rankDimensions(lists: readonly (readonly Dimension[])[]): Dimension[] {
  const counts = new Map<Dimension, number>();
  for (const list of lists) for (const d of list) counts.set(d, (counts.get(d) ?? 0) + 1);
  return DIMENSIONS.filter((d) => counts.has(d)).sort((a, b) => counts.get(b)! - counts.get(a)! || DIMENSIONS.indexOf(a) - DIMENSIONS.indexOf(b));
}
