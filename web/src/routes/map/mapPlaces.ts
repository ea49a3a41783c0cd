/**
 * What the map shows for a choice of mechanism, year and colouring: which places, how large, which colour and
 * shape. Pure: the map component only draws what these functions return (issue 9).
 */
import type { MapPlacesQuery } from '../../lib/generated/graphql';
import { isDimension } from '../../lib/charts/dimensions';

export type MapPlace = MapPlacesQuery['places'][number];
export type ColourBy = 'batch' | 'dimension';

export interface MapFilter {
  /** Only places where this mechanism is used. */
  mechanism: string | null;
  /** Only what had happened by the end of this year; null for all years, dated or not. */
  year: number | null;
}

export interface ShownPlace {
  place: MapPlace;
  x: number;
  y: number;
  /** Cases there by the chosen year (all of them for all years). */
  cases: number;
  colourKey: string;
  shape: 'circle' | 'diamond';
  radius: number;
}

/** Colour key of a city when colouring by batch (cities have none). */
export const CITY_KEY = 'city';
export const NONE_KEY = 'none';

const until = (year: number | null, limit: number | null) => limit === null || (year !== null && year <= limit);

/** Whether a place is on the map for a filter, and the cases it counts then. */
export function placeState(place: MapPlace, filter: MapFilter): { shown: boolean; cases: number } {
  const cases = place.cases.filter((c) => until(c.year, filter.year)).length;
  if (filter.mechanism) {
    const used = place.mechanisms.find((m) => m.id === filter.mechanism);
    return { shown: used !== undefined && until(used.year, filter.year), cases };
  }
  return { shown: filter.year === null || until(place.since, filter.year), cases };
}

export function colourKey(place: MapPlace, colourBy: ColourBy): string {
  if (colourBy === 'batch') return place.type === 'ExperimentZone' ? (place.batch === null ? NONE_KEY : String(place.batch)) : CITY_KEY;
  const first = place.dimensions[0];
  return isDimension(first) ? first : NONE_KEY;
}

/** Marker radius in map units: area grows with the number of cases, so a place with none is still findable. */
export function radiusFor(cases: number): number {
  return 6.5 + 4 * Math.sqrt(cases);
}

/**
 * The places to draw, larger ones first so small markers stay on top and clickable. `point` projects a location
 * and returns null off the map.
 */
export function shownPlaces(
  places: readonly MapPlace[],
  filter: MapFilter,
  colourBy: ColourBy,
  point: (lng: number, lat: number) => [number, number] | null,
): ShownPlace[] {
  return places
    .flatMap((place): ShownPlace[] => {
      if (place.lat === null || place.lng === null) return [];
      const xy = point(place.lng, place.lat);
      const state = placeState(place, filter);
      if (!xy || !state.shown) return [];
      return [{ place, x: xy[0], y: xy[1], cases: state.cases, colourKey: colourKey(place, colourBy), shape: place.type === 'ExperimentZone' ? 'diamond' : 'circle', radius: radiusFor(state.cases) }];
    })
    .sort((a, b) => b.radius - a.radius || a.place.id.localeCompare(b.place.id));
}

/**
 * Years in which something appears on the map (a zone, a case, a mechanism), among places on the map, in order;
 * with a mechanism chosen, the years it appears somewhere.
 */
export function eventYears(places: readonly MapPlace[], onMap: (p: MapPlace) => boolean, mechanism: string | null = null): number[] {
  const years = places
    .filter(onMap)
    .flatMap((p) => (mechanism ? p.mechanisms.filter((m) => m.id === mechanism).map((m) => m.year) : [p.since, ...p.cases.map((c) => c.year), ...p.mechanisms.map((m) => m.year)]));
  return [...new Set(years.filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

export interface MechanismOption {
  id: string;
  nameZh: string;
  nameEn: string;
  places: number;
}

/** Mechanisms used at any place, those used at the most places first. */
export function mechanismOptions(places: readonly MapPlace[]): MechanismOption[] {
  const byId = new Map<string, MechanismOption>();
  for (const p of places) {
    for (const m of p.mechanisms) {
      const o = byId.get(m.id) ?? { id: m.id, nameZh: m.nameZh, nameEn: m.nameEn, places: 0 };
      o.places++;
      byId.set(m.id, o);
    }
  }
  return [...byId.values()].sort((a, b) => b.places - a.places || a.id.localeCompare(b.id));
}

/**
 * The next year while playing the time line: the next year in which something appears (quiet years are skipped);
 * after the last one it ends on "all years" (null).
 */
export function nextYear(year: number | null, years: readonly number[]): number | null {
  if (years.length === 0) return null;
  if (year === null) return years[0];
  return years.find((y) => y > year) ?? null;
}
