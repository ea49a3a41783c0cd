/** Counts by type from the API (plain strings) as typed entries in display order, zero counts dropped. */
import type { EntityType } from '../generated/graphql';
import { ENTITY_TYPES } from './entityTypes';

export interface TypeCount {
  type: EntityType;
  count: number;
}

export function typeCounts(counts: readonly { type: string; count: number }[]): TypeCount[] {
  const byType = new Map<string, number>();
  for (const c of counts) byType.set(c.type, (byType.get(c.type) ?? 0) + c.count);
  return ENTITY_TYPES.map((type) => ({ type, count: byType.get(type) ?? 0 })).filter((c) => c.count > 0);
}
