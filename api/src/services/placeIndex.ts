/**
 * Where things are: the localities inside a city or zone, the cases located there, and the cities a case lies in
 * (directly, through an experiment zone, or through a locality).
 */
import type { NodeRecord } from '../../../graph-schema/records.js';
import type { GraphSnapshot } from './graphSnapshot.js';

/** The place itself and every locality located in it, at any depth. */
export function areasOf(snapshot: GraphSnapshot, placeId: string): string[] {
  const areas = [placeId];
  for (let i = 0; i < areas.length; i++) {
    for (const e of snapshot.in(areas[i], 'LOCATED_IN')) {
      if (e.from.startsWith('locality:') && !areas.includes(e.from)) areas.push(e.from);
    }
  }
  return areas;
}

/** Cases located in any of the areas, in id order. */
export function casesIn(snapshot: GraphSnapshot, areas: readonly string[]): NodeRecord[] {
  const ids = new Set(areas.flatMap((a) => snapshot.in(a, 'LOCATED_IN').map((e) => e.from)).filter((id) => id.startsWith('case:')));
  return [...ids].sort().flatMap((id) => snapshot.node(id) ?? []);
}

/** Cities an entity lies in, following LOCATED_IN upwards through zones and localities. */
export function citiesOf(snapshot: GraphSnapshot, id: string): NodeRecord[] {
  const cities = new Map<string, NodeRecord>();
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length > 0) {
    for (const e of snapshot.out(queue.shift()!, 'LOCATED_IN')) {
      if (seen.has(e.to)) continue;
      seen.add(e.to);
      const target = snapshot.node(e.to);
      if (target?.type === 'City') cities.set(target.id, target);
      else if (target) queue.push(target.id);
    }
  }
  return [...cities.values()].sort((a, b) => a.id.localeCompare(b.id));
}
