/**
 * compare(ids) (issue 5): two to six entities side by side. Each entity's items are read from the graph facet by
 * facet (its neighbours by type, its embedding dimensions, the places those places lie in, the decades it
 * covers, the documents behind it); each item records which entities hold it, through which relationships and
 * on what sources, and whether all or only one of them hold it. Read from the graph snapshot: no call per entity.
 */
import { REL_TYPE_NAMES, type NodeType, type RelType } from '../../../graph-schema/model.js';
import type { EdgeRecord, NodeRecord, Source } from '../../../graph-schema/records.js';
import type { ComparisonFacetKind } from '../generated/resolvers.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { graphSnapshot, type GraphSnapshot } from './graphSnapshot.js';
import { compareIds } from './compareIds.js';
import { mergeSources } from './mergeSources.js';
import { publicationOf } from './snapshotPublications.js';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;
/** Places above a place (zone → city, locality → locality → city) that a comparison follows. */
const PLACE_DEPTH = 3;

export const FACETS: readonly ComparisonFacetKind[] = ['ACTORS', 'MECHANISMS', 'PROBLEMS', 'DIMENSIONS', 'CONCEPTS', 'PLACES', 'PERIODS', 'POLICIES', 'CASES', 'MODELS', 'SOURCES'];

/** Which facet a neighbour of each type falls in; types left out (statistics, persons) are not compared. */
const FACET_OF_TYPE: Partial<Record<NodeType, ComparisonFacetKind>> = {
  Actor: 'ACTORS', Organization: 'ACTORS', Mechanism: 'MECHANISMS', Problem: 'PROBLEMS', Concept: 'CONCEPTS',
  City: 'PLACES', Locality: 'PLACES', ExperimentZone: 'PLACES', Policy: 'POLICIES', Program: 'POLICIES',
  Case: 'CASES', GovernanceModel: 'MODELS', Publication: 'SOURCES',
};

const DIMENSION_CONCEPT = (d: string) => `concept:${d}-embedding`;
const PLACE_TYPES = new Set<NodeType>(['City', 'Locality', 'ExperimentZone']);

export interface HoldingRecord {
  entityId: string;
  /** Relationship types from the compared entity to the item. */
  relations: RelType[];
  /** Relationship types from the item to the compared entity. */
  incoming: RelType[];
  roles: string[];
  sources: Source[];
}

export interface ItemRecord {
  key: string;
  entity: NodeRecord | null;
  labelZh: string;
  labelEn: string;
  holders: HoldingRecord[];
  shared: boolean;
  unique: boolean;
}

export interface ComparisonRecord {
  entities: NodeRecord[];
  facets: { facet: ComparisonFacetKind; items: ItemRecord[]; sharedCount: number; uniqueCount: number }[];
  edges: EdgeRecord[];
}

/** Items of one compared entity, by facet then key, as they are collected. */
class Holdings {
  readonly byFacet = new Map<ComparisonFacetKind, Map<string, { entity: NodeRecord | null; holding: HoldingRecord }>>();
  readonly edges = new Map<string, EdgeRecord>();
  constructor(readonly entityId: string) {}

  add(facet: ComparisonFacetKind, key: string, entity: NodeRecord | null, link: { relation?: RelType; incoming?: boolean; role?: unknown; sources: readonly Source[]; edge?: EdgeRecord }) {
    const items = this.byFacet.get(facet) ?? this.byFacet.set(facet, new Map()).get(facet)!;
    const had = items.get(key)?.holding ?? { entityId: this.entityId, relations: [], incoming: [], roles: [], sources: [] };
    const with_ = (list: RelType[], on: boolean) => (on && link.relation && !list.includes(link.relation) ? [...list, link.relation] : list);
    const relations = with_(had.relations, !link.incoming);
    const incoming = with_(had.incoming, link.incoming === true);
    const roles = typeof link.role === 'string' && link.role && !had.roles.includes(link.role) ? [...had.roles, link.role] : had.roles;
    items.set(key, { entity, holding: { ...had, relations, incoming, roles, sources: mergeSources(had.sources, link.sources) } });
    if (link.edge) this.edges.set(link.edge.id, link.edge);
  }
}

/** The decades a period covers: 1996–2014 → 1990, 2000, 2010. */
export function decadesOf(from: number | null, to: number | null): number[] {
  if (from === null && to === null) return [];
  const a = Math.floor((from ?? to!) / 10) * 10;
  const b = Math.floor((to ?? from!) / 10) * 10;
  const out: number[] = [];
  for (let d = Math.min(a, b); d <= Math.max(a, b); d += 10) out.push(d);
  return out;
}

const year = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function collect(snapshot: GraphSnapshot, entity: NodeRecord): Holdings {
  const h = new Holdings(entity.id);
  const places: { node: NodeRecord; sources: Source[] }[] = [];
  const addSources = (sources: readonly Source[], relation?: RelType) => {
    for (const s of sources) {
      const pub = publicationOf(snapshot, s.doc);
      h.add('SOURCES', pub?.id ?? s.doc, pub, { relation, sources: [s] });
    }
  };
  addSources(entity.sources);
  for (const rel of REL_TYPE_NAMES) {
    const edges = [...snapshot.out(entity.id, rel), ...snapshot.in(entity.id, rel)];
    for (const e of edges) {
      const other = snapshot.node(e.from === entity.id ? e.to : e.from);
      const facet = other && FACET_OF_TYPE[other.type];
      if (!other || !facet || other.id === entity.id) continue;
      const dimensionConcept = other.type === 'Concept' && /^concept:(subject|institution|resource|technology)-embedding$/.test(other.id);
      h.add(dimensionConcept ? 'DIMENSIONS' : facet, other.id, other, { relation: rel, incoming: e.to === entity.id, role: e.props.role, sources: e.sources, edge: e });
      if (PLACE_TYPES.has(other.type)) places.push({ node: other, sources: e.sources });
      if (facet !== 'SOURCES') addSources(e.sources);
    }
  }
  // Places above the places it is linked to, with the sources of every step.
  for (let level = 0, frontier = places; level < PLACE_DEPTH && frontier.length > 0; level++) {
    frontier = frontier.flatMap(({ node, sources }) =>
      snapshot.out(node.id, 'LOCATED_IN').flatMap((e) => {
        const above = snapshot.node(e.to);
        if (!above || above.id === entity.id) return [];
        const chain = mergeSources(sources, e.sources);
        h.add('PLACES', above.id, above, { relation: 'LOCATED_IN', sources: chain, edge: e });
        return [{ node: above, sources: chain }];
      }),
    );
  }
  const own = entity.props.dimensions ?? entity.props.dimension;
  for (const d of Array.isArray(own) ? own : typeof own === 'string' ? [own] : []) {
    const concept = snapshot.node(DIMENSION_CONCEPT(d));
    h.add('DIMENSIONS', concept?.id ?? `dimension:${d}`, concept ?? null, { sources: entity.sources });
  }
  let decades = decadesOf(year(entity.props.yearFrom), year(entity.props.yearTo)).map((d) => ({ d, sources: entity.sources }));
  if (decades.length === 0) {
    // No period of its own: the years its links carry (when it began somewhere, when it changed).
    decades = [...snapshot.out(entity.id, 'ORIGINATED_IN'), ...snapshot.out(entity.id, 'EVOLVED_INTO')].flatMap((e) => decadesOf(year(e.props.year), null).map((d) => ({ d, sources: e.sources })));
  }
  for (const { d, sources } of decades) h.add('PERIODS', `decade:${d}`, null, { sources });
  return h;
}

function label(key: string, entity: NodeRecord | null): { labelZh: string; labelEn: string } {
  if (entity) return { labelZh: String(entity.props.nameZh ?? entity.id), labelEn: String(entity.props.nameEn ?? entity.id) };
  const decade = /^decade:(\d+)$/.exec(key);
  if (decade) return { labelZh: `${decade[1]}年代`, labelEn: `${decade[1]}s` };
  return { labelZh: key.replace(/^dimension:/, ''), labelEn: key.replace(/^dimension:/, '') };
}

function checkIds(ids: readonly string[]): string[] {
  const unique = [...new Set(ids.map((id) => id.trim()))];
  if (unique.length !== ids.length) throw new BadUserInputError('each entity may be compared only once', 'ids');
  if (unique.length < MIN_COMPARE || unique.length > MAX_COMPARE) throw new BadUserInputError(`compare ${MIN_COMPARE} to ${MAX_COMPARE} entities`, 'ids');
  return unique;
}

export async function compare(store: GraphStore, ids: readonly string[]): Promise<ComparisonRecord> {
  const wanted = checkIds(ids);
  return compareInSnapshot(await graphSnapshot(store), wanted);
}

/** The comparison itself, over a snapshot of the graph. */
export function compareInSnapshot(snapshot: GraphSnapshot, ids: readonly string[]): ComparisonRecord {
  const wanted = checkIds(ids);
  const missing = wanted.filter((id) => !snapshot.node(id));
  if (missing.length > 0) throw new NotFoundError(`no entity with id ${missing.join(', ')}`);
  const entities = wanted.map((id) => snapshot.node(id)!);
  const all = entities.map((e) => collect(snapshot, e));
  const facets = FACETS.map((facet) => {
    const items = new Map<string, ItemRecord>();
    for (const h of all) {
      for (const [key, { entity, holding }] of h.byFacet.get(facet) ?? []) {
        const item = items.get(key) ?? { key, entity, ...label(key, entity), holders: [], shared: false, unique: false };
        item.holders.push(holding);
        items.set(key, item);
      }
    }
    const list = [...items.values()].map((i) => ({ ...i, shared: i.holders.length === entities.length, unique: i.holders.length === 1 }));
    list.sort((a, b) => b.holders.length - a.holders.length || compareIds(a.key, b.key));
    return { facet, items: list, sharedCount: list.filter((i) => i.shared).length, uniqueCount: list.filter((i) => i.unique).length };
  });
  const edges = new Map(all.flatMap((h) => [...h.edges]));
  return { entities, facets, edges: [...edges.values()].sort((a, b) => compareIds(a.id, b.id)) };
}
