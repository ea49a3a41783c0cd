/**
 * Where a mechanism was practised: the cases that applied it, the zones, cities and localities that applied it
 * without a recorded case, and where it began. A place is left out when one of the mechanism's cases already
 * lies in it, so one practice is not counted twice (a district's case and the district itself).
 */
import { REL_TYPE_NAMES } from '../../../../graph-schema/model.js';
import type { NodeRecord } from '../../../../graph-schema/records.js';
import type { GraphSnapshot } from '../graphSnapshot.js';
import { citiesOf } from '../placeIndex.js';
import type { Application } from './types.js';

const linkedCache = new WeakMap<GraphSnapshot, Map<string, ReadonlySet<string>>>();

/**
 * Every entity one step from `id`, either way, over any relationship. One set per case and snapshot, shared by
 * every mechanism the case applies (a copy per mechanism was 1.4M entries at 26k mechanisms, issue 8).
 */
function linkedTo(snapshot: GraphSnapshot, id: string): ReadonlySet<string> {
  let byCase = linkedCache.get(snapshot);
  if (!byCase) linkedCache.set(snapshot, (byCase = new Map()));
  let ids = byCase.get(id);
  if (!ids) {
    const found = new Set<string>();
    for (const rel of REL_TYPE_NAMES) {
      for (const e of snapshot.out(id, rel)) found.add(e.to);
      for (const e of snapshot.in(id, rel)) found.add(e.from);
    }
    byCase.set(id, (ids = found));
  }
  return ids;
}

/** The place itself and every place it lies in. */
function placeAndAbove(snapshot: GraphSnapshot, id: string): string[] {
  const found = [id];
  for (let i = 0; i < found.length; i++) {
    for (const e of snapshot.out(found[i], 'LOCATED_IN')) if (!found.includes(e.to)) found.push(e.to);
  }
  return found;
}

const cityList = (snapshot: GraphSnapshot, place: NodeRecord): NodeRecord[] => (place.type === 'City' ? [place] : citiesOf(snapshot, place.id));

export function applicationsOf(snapshot: GraphSnapshot, mechanism: NodeRecord): Application[] {
  const cases: Application[] = [];
  const places: Application[] = [];
  const covered = new Set<string>();
  for (const e of snapshot.in(mechanism.id, 'APPLIES')) {
    const from = snapshot.node(e.from);
    if (!from) continue;
    if (from.type === 'Case') {
      const located = snapshot.out(from.id, 'LOCATED_IN').flatMap((l) => snapshot.node(l.to) ?? []);
      for (const p of located) for (const id of placeAndAbove(snapshot, p.id)) covered.add(id);
      cases.push({ kind: 'case', case: from, place: located[0] ?? null, cities: citiesOf(snapshot, from.id), linked: linkedTo(snapshot, from.id), sources: e.sources });
    } else {
      places.push({ kind: 'place', case: null, place: from, cities: cityList(snapshot, from), linked: new Set(), sources: e.sources });
    }
  }
  for (const e of snapshot.out(mechanism.id, 'ORIGINATED_IN')) {
    const place = snapshot.node(e.to);
    if (place) places.push({ kind: 'origin', case: null, place, cities: cityList(snapshot, place), linked: new Set(), sources: e.sources });
  }
  const seenPlaces = new Set<string>();
  const keptPlaces = places.filter((a) => {
    const id = a.place!.id;
    if (covered.has(id) || seenPlaces.has(id)) return false;
    seenPlaces.add(id);
    return true;
  });
  return [...cases, ...keptPlaces];
}
