/**
 * caseLibrary: every case with its cities, zones, mechanisms, problems and source publications, filtered, with
 * facet counts. The graph holds tens of cases, so the library reads them all in a fixed number of store calls
 * (cases, their links, then up to PLACE_DEPTH levels of LOCATED_IN to reach cities) and filters in memory.
 */
import { DIMENSIONS } from '../../../graph-schema/model.js';
import type { NodeRecord } from '../../../graph-schema/records.js';
import { BadUserInputError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { listAll, NEIGHBOUR_ROWS } from './listAll.js';
import { checkFirst } from './pagination.js';
import { MAX_SEARCH_TEXT } from './entityQueries.js';

export const MAX_CASES = 500;
/** Case → zone or locality → (locality →) city: three steps reach every city in the seed. */
const PLACE_DEPTH = 4;

export interface CaseFilterInput {
  cities?: string[] | null;
  mechanisms?: string[] | null;
  problems?: string[] | null;
  dimensions?: string[] | null;
  decades?: number[] | null;
  text?: string | null;
}

export interface CaseCardRecord {
  case: NodeRecord;
  cities: NodeRecord[];
  zones: NodeRecord[];
  mechanisms: NodeRecord[];
  problems: NodeRecord[];
  publications: NodeRecord[];
  /** Decades the case's period overlaps. */
  decades: number[];
  degree: number;
}

export interface CaseLibraryResult {
  cards: CaseCardRecord[];
  totalCount: number;
  facets: {
    cities: { entity: NodeRecord; count: number }[];
    mechanisms: { entity: NodeRecord; count: number }[];
    problems: { entity: NodeRecord; count: number }[];
    dimensions: { dimension: string; count: number }[];
    decades: { decade: number; count: number }[];
  };
}

/** The decades a period overlaps: 2015–2018 → [2010]; 1984–2014 → [1980, 1990, 2000, 2010]. */
export function decadesOf(from: number | null, to: number | null): number[] {
  if (from === null && to === null) return [];
  const a = Math.floor((from ?? to!) / 10) * 10;
  const b = Math.floor((to ?? from!) / 10) * 10;
  const out: number[] = [];
  for (let d = Math.min(a, b); d <= Math.max(a, b); d += 10) out.push(d);
  return out;
}

const dimensionRank = (d: string) => {
  const i = (DIMENSIONS as readonly string[]).indexOf(d);
  return i < 0 ? DIMENSIONS.length : i;
};
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const byName = (a: NodeRecord, b: NodeRecord) => String(a.props.nameZh ?? '').localeCompare(String(b.props.nameZh ?? ''), 'zh-CN') || a.id.localeCompare(b.id);

/** Builds every case's card: one call for the cases, one for their links, one per place level, one for the sources' publications. */
async function allCards(store: GraphStore): Promise<CaseCardRecord[]> {
  const cases = await listAll(store, { types: ['Case'] });
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.id);
  const links = await store.neighbours({ ids, relations: ['APPLIES', 'ADDRESSES', 'LOCATED_IN'], limit: NEIGHBOUR_ROWS });
  const nodes = new Map(links.nodes.map((n) => [n.id, n]));
  const degree = new Map<string, number>();
  const outgoing = new Map<string, { type: string; to: string }[]>();
  for (const e of links.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
    outgoing.set(e.from, [...(outgoing.get(e.from) ?? []), { type: e.type, to: e.to }]);
  }

  // Places reached from each case through LOCATED_IN, level by level (zones and localities lead to cities).
  const placesOf = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  let frontier = new Map<string, Set<string>>(); // place id → cases that reach it
  for (const id of ids) for (const l of outgoing.get(id) ?? []) if (l.type === 'LOCATED_IN') frontier.set(l.to, new Set([...(frontier.get(l.to) ?? []), id]));
  for (let level = 1; level <= PLACE_DEPTH && frontier.size > 0; level++) {
    for (const [place, owners] of frontier) for (const c of owners) placesOf.get(c)!.add(place);
    if (level === PLACE_DEPTH) break;
    const up = await store.neighbours({ ids: [...frontier.keys()], relations: ['LOCATED_IN'], limit: NEIGHBOUR_ROWS });
    for (const n of up.nodes) nodes.set(n.id, n);
    const next = new Map<string, Set<string>>();
    for (const e of up.edges) {
      const owners = frontier.get(e.from);
      if (!owners) continue; // an incoming link (something located in this place), not a step up
      const seen = next.get(e.to) ?? new Set<string>();
      for (const c of owners) if (!placesOf.get(c)!.has(e.to)) seen.add(c);
      if (seen.size) next.set(e.to, seen);
    }
    frontier = next;
  }

  // Source documents → publications: ids that are Publication ids, and seed stems through their seedDoc.
  const pubs = await listAll(store, { types: ['Publication'] });
  const pubByDoc = new Map<string, NodeRecord>();
  for (const p of pubs) {
    pubByDoc.set(p.id, p);
    if (typeof p.props.seedDoc === 'string') pubByDoc.set(p.props.seedDoc, p);
  }

  return cases.map((c) => {
    const linked = (type: string) => (outgoing.get(c.id) ?? []).filter((l) => l.type === type).map((l) => nodes.get(l.to)).filter((n): n is NodeRecord => !!n);
    const places = [...placesOf.get(c.id)!].map((id) => nodes.get(id)).filter((n): n is NodeRecord => !!n);
    const publications = [...new Set(c.sources.map((s) => s.doc))].map((d) => pubByDoc.get(d)).filter((p): p is NodeRecord => !!p);
    return {
      case: c,
      cities: places.filter((p) => p.type === 'City').sort(byName),
      zones: places.filter((p) => p.type === 'ExperimentZone').sort(byName),
      mechanisms: linked('APPLIES').filter((n) => n.type === 'Mechanism').sort(byName),
      problems: linked('ADDRESSES').filter((n) => n.type === 'Problem').sort(byName),
      publications: [...new Map(publications.map((p) => [p.id, p])).values()],
      decades: decadesOf(num(c.props.yearFrom), num(c.props.yearTo)),
      degree: degree.get(c.id) ?? 0,
    };
  });
}

type Facet = 'cities' | 'mechanisms' | 'problems' | 'dimensions' | 'decades';

/** The values a card offers for a facet, as strings. */
function valuesOf(card: CaseCardRecord, facet: Facet): string[] {
  switch (facet) {
    case 'cities':
      return card.cities.map((n) => n.id);
    case 'mechanisms':
      return card.mechanisms.map((n) => n.id);
    case 'problems':
      return card.problems.map((n) => n.id);
    case 'dimensions':
      return typeof card.case.props.dimension === 'string' ? [card.case.props.dimension] : [];
    case 'decades':
      return card.decades.map(String);
  }
}

function matchesText(card: CaseCardRecord, text: string): boolean {
  const p = card.case.props;
  const hay = [p.nameZh, p.nameEn, p.summaryZh, p.summaryEn, p.locality, ...(Array.isArray(p.aliases) ? p.aliases : []), ...card.cities.flatMap((c) => [c.props.nameZh, c.props.nameEn])]
    .filter((v): v is string => typeof v === 'string')
    .join('\n')
    .toLowerCase();
  return text.toLowerCase().split(/\s+/).filter(Boolean).every((t) => hay.includes(t));
}

export async function caseLibrary(store: GraphStore, filter: CaseFilterInput | null | undefined, first?: number | null): Promise<CaseLibraryResult> {
  const limit = checkFirst(first, 100, MAX_CASES);
  const text = filter?.text?.trim() ?? '';
  if (text.length > MAX_SEARCH_TEXT) throw new BadUserInputError(`text is limited to ${MAX_SEARCH_TEXT} characters`, 'text');
  const chosen: Record<Facet, Set<string>> = {
    cities: new Set(filter?.cities ?? []),
    mechanisms: new Set(filter?.mechanisms ?? []),
    problems: new Set(filter?.problems ?? []),
    dimensions: new Set(filter?.dimensions ?? []),
    decades: new Set((filter?.decades ?? []).map(String)),
  };
  const facets = Object.keys(chosen) as Facet[];
  const cards = (await allCards(store)).filter((c) => !text || matchesText(c, text));
  const keeps = (card: CaseCardRecord, facet: Facet) => chosen[facet].size === 0 || valuesOf(card, facet).some((v) => chosen[facet].has(v));
  const keptExcept = (skip: Facet | null) => cards.filter((c) => facets.every((f) => f === skip || keeps(c, f)));

  const counts = (facet: Facet) => {
    const m = new Map<string, number>();
    for (const c of keptExcept(facet)) for (const v of new Set(valuesOf(c, facet))) m.set(v, (m.get(v) ?? 0) + 1);
    // A chosen value stays offered even when nothing matches it any more, so it can be unchosen.
    for (const v of chosen[facet]) if (!m.has(v)) m.set(v, 0);
    return m;
  };
  const entities = new Map(cards.flatMap((c) => [...c.cities, ...c.mechanisms, ...c.problems]).map((n) => [n.id, n]));
  const entityFacet = (facet: Facet) =>
    [...counts(facet)]
      .flatMap(([id, count]) => (entities.has(id) ? [{ entity: entities.get(id)!, count }] : []))
      .sort((a, b) => b.count - a.count || byName(a.entity, b.entity));

  const matching = keptExcept(null).sort((a, b) => b.degree - a.degree || a.case.id.localeCompare(b.case.id));
  return {
    cards: matching.slice(0, limit),
    totalCount: matching.length,
    facets: {
      cities: entityFacet('cities'),
      mechanisms: entityFacet('mechanisms'),
      problems: entityFacet('problems'),
      dimensions: [...counts('dimensions')].map(([dimension, count]) => ({ dimension, count })).sort((a, b) => dimensionRank(a.dimension) - dimensionRank(b.dimension)),
      decades: [...counts('decades')].map(([d, count]) => ({ decade: Number(d), count })).sort((a, b) => a.decade - b.decade),
    },
  };
}
