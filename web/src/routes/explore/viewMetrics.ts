/** Turning whole-graph metrics into what a view draws: relative sizes and community colours for what is visible. */
import type { SizeBy } from './viewState';

export interface MetricValues {
  degree: number;
  betweenness: number | null;
  pagerank: number;
  communityRank: number;
}

/** Each visible entity's measure relative to the largest visible one (0–1); empty when sizing is off. */
export function relativeSizes(ids: readonly string[], metrics: ReadonlyMap<string, MetricValues>, sizeBy: SizeBy): Record<string, number> {
  if (sizeBy === 'none') return {};
  const value = (id: string) => {
    const m = metrics.get(id);
    return m ? (m[sizeBy] ?? 0) : undefined;
  };
  const max = Math.max(0, ...ids.map((id) => value(id) ?? 0));
  const out: Record<string, number> = {};
  for (const id of ids) {
    const v = value(id);
    if (v !== undefined) out[id] = max > 0 ? v / max : 0;
  }
  return out;
}

export interface VisibleCommunity {
  /** Colour slot: 0 is the community with most visible members. */
  slot: number;
  /** The community's rank by size in the whole graph (its stable name). */
  communityRank: number;
  members: string[];
}

/**
 * Communities among the visible entities, most visible members first (ties: larger in the whole graph first),
 * so the few safe colours go to what the reader sees rather than to the graph's largest communities.
 */
export function visibleCommunities(ids: readonly string[], metrics: ReadonlyMap<string, MetricValues>): VisibleCommunity[] {
  const groups = new Map<number, string[]>();
  for (const id of ids) {
    const m = metrics.get(id);
    if (m) groups.set(m.communityRank, [...(groups.get(m.communityRank) ?? []), id]);
  }
  return [...groups]
    .sort(([ra, a], [rb, b]) => b.length - a.length || ra - rb)
    .map(([communityRank, members], slot) => ({ slot, communityRank, members }));
}

export function communitySlots(communities: readonly VisibleCommunity[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of communities) for (const id of c.members) out[id] = c.slot;
  return out;
}
