/**
 * places: every city and experiment zone with what the map needs: coordinates, batch, years, the cases located
 * there and the mechanisms used there (applied by the place or its cases, or originated there), each dated where
 * the graph dates it. Computed from one graph snapshot, cached per version.
 */
import type { NodeRecord } from '../../../graph-schema/records.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { dimensionsOf, rankDimensions, type Dimension } from './embeddingDimensions.js';
import { graphSnapshot, type GraphSnapshot } from './graphSnapshot.js';
import { areasOf, casesIn } from './placeIndex.js';

export type PlaceType = 'City' | 'ExperimentZone';

export interface PlaceCaseResult {
  id: string;
  nameZh: string;
  nameEn: string;
  year: number | null;
}

export interface PlaceMechanismResult {
  id: string;
  nameZh: string;
  nameEn: string;
  dimensions: Dimension[];
  year: number | null;
  caseIds: string[];
}

export interface PlaceResult {
  id: string;
  type: PlaceType;
  nameZh: string;
  nameEn: string;
  lat: number | null;
  lng: number | null;
  province: string | null;
  adminCode: string | null;
  batch: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  since: number | null;
  cityId: string | null;
  cases: PlaceCaseResult[];
  mechanisms: PlaceMechanismResult[];
  dimensions: Dimension[];
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const earliest = (...years: (number | null)[]): number | null => years.reduce<number | null>((m, y) => (y === null ? m : m === null ? y : Math.min(m, y)), null);

function describePlace(snapshot: GraphSnapshot, place: NodeRecord): PlaceResult {
  const areas = areasOf(snapshot, place.id);
  const cases = casesIn(snapshot, areas);
  const mechanisms = new Map<string, { year: number | null; caseIds: Set<string> }>();
  const use = (mechanismId: string, year: number | null, caseId?: string) => {
    const m = mechanisms.get(mechanismId) ?? { year: null, caseIds: new Set<string>() };
    m.year = earliest(m.year, year);
    if (caseId) m.caseIds.add(caseId);
    mechanisms.set(mechanismId, m);
  };
  const placeYear = place.type === 'ExperimentZone' ? num(place.props.yearFrom) : null;
  for (const area of areas) {
    for (const e of snapshot.out(area, 'APPLIES')) use(e.to, area === place.id ? placeYear : null);
    for (const e of snapshot.in(area, 'ORIGINATED_IN')) if (e.from.startsWith('mechanism:')) use(e.from, num(e.props.year));
  }
  for (const c of cases) for (const e of snapshot.out(c.id, 'APPLIES')) use(e.to, num(c.props.yearFrom), c.id);

  const mechanismResults = [...mechanisms].flatMap(([id, m]) => {
    const node = snapshot.node(id);
    if (!node) return [];
    const dimensions = dimensionsOf(snapshot, node);
    return [{ id, nameZh: String(node.props.nameZh), nameEn: String(node.props.nameEn), dimensions, year: m.year, caseIds: [...m.caseIds].sort() }];
  });
  mechanismResults.sort((a, b) => a.id.localeCompare(b.id));
  const caseResults = cases.map((c) => ({ id: c.id, nameZh: String(c.props.nameZh), nameEn: String(c.props.nameEn), year: num(c.props.yearFrom) }));
  const dated = earliest(...caseResults.map((c) => c.year), ...mechanismResults.map((m) => m.year));
  return {
    id: place.id,
    type: place.type as PlaceType,
    nameZh: String(place.props.nameZh),
    nameEn: String(place.props.nameEn),
    lat: num(place.props.lat),
    lng: num(place.props.lng),
    province: str(place.props.province),
    adminCode: str(place.props.adminCode),
    batch: num(place.props.batch),
    yearFrom: num(place.props.yearFrom),
    yearTo: num(place.props.yearTo),
    since: placeYear ?? dated,
    cityId: place.type === 'ExperimentZone' ? (snapshot.out(place.id, 'LOCATED_IN').find((e) => e.to.startsWith('city:'))?.to ?? null) : null,
    cases: caseResults,
    mechanisms: mechanismResults,
    dimensions: rankDimensions([...cases.map((c) => dimensionsOf(snapshot, c)), ...mechanismResults.map((m) => m.dimensions)]),
  };
}

const cache = new WeakMap<GraphSnapshot, PlaceResult[]>();

export function placesOf(snapshot: GraphSnapshot): PlaceResult[] {
  const hit = cache.get(snapshot);
  if (hit) return hit;
  const places = [...snapshot.ofType('City'), ...snapshot.ofType('ExperimentZone')].map((p) => describePlace(snapshot, p));
  cache.set(snapshot, places);
  return places;
}

export interface PlacesArgs {
  types?: readonly PlaceType[] | null;
  mechanism?: string | null;
}

export async function listPlaces(store: GraphStore, args: PlacesArgs): Promise<PlaceResult[]> {
  const snapshot = await graphSnapshot(store);
  if (args.mechanism) {
    const m = snapshot.node(args.mechanism);
    if (!m) throw new NotFoundError(`no entity with id ${args.mechanism}`);
    if (m.type !== 'Mechanism') throw new BadUserInputError(`${args.mechanism} is not a Mechanism`, 'mechanism');
  }
  const types = args.types?.length ? new Set(args.types) : null;
  return placesOf(snapshot).filter((p) => (!types || types.has(p.type)) && (!args.mechanism || p.mechanisms.some((m) => m.id === args.mechanism)));
}
