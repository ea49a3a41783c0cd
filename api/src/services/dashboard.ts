/**
 * dashboard: the aggregates the portal's charts draw (issue 9), each mark with the ids behind it. Computed from
 * one graph snapshot plus the cached analytics, and cached per graph version and `top`.
 */
import { DIMENSIONS, NODE_TYPE_NAMES, NODE_TYPES } from '../../../graph-schema/model.js';
import type { NodeRecord } from '../../../graph-schema/records.js';
import type { GraphStore } from '../store/GraphStore.js';
import { computeAnalytics, type AnalyticsResult } from './analytics.js';
import { dimensionsOf } from './embeddingDimensions.js';
import { graphSnapshot, type GraphSnapshot } from './graphSnapshot.js';
import { checkFirst } from './pagination.js';
import { citiesOf } from './placeIndex.js';
import { provinceNameEn } from './provinceNames.js';

export const MAX_TOP = 50;
/** The key of a mark for "not recorded" (no dimension, no batch, no city…). */
export const NONE = 'none';

export interface DashboardMarkResult {
  key: string;
  labelZh: string | null;
  labelEn: string | null;
  group: string | null;
  value: number;
  ids: string[];
}

export type DashboardResult = Record<
  | 'entitiesByType' | 'mechanismsByDimension' | 'zonesByBatch' | 'zonesByProvince' | 'casesBySizeClass'
  | 'publicationsByYear' | 'publicationsByVenue' | 'centralMechanisms' | 'centralActors' | 'problemsByMechanisms',
  DashboardMarkResult[]
>;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : v === null || v === undefined ? null : String(v));
const mark = (key: string, ids: string[], extra: Partial<DashboardMarkResult> = {}): DashboardMarkResult => ({
  key, labelZh: null, labelEn: null, group: null, value: ids.length, ids: [...ids].sort(), ...extra,
});

/** Groups nodes by one or more keys each; a node with no key goes under `none`. Keys keep first-seen order. */
function groupBy(nodes: readonly NodeRecord[], keysOf: (n: NodeRecord) => string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const n of nodes) {
    const keys = keysOf(n);
    for (const k of keys.length > 0 ? keys : [NONE]) (groups.get(k) ?? groups.set(k, []).get(k)!).push(n.id);
  }
  return groups;
}

const byCount = (a: DashboardMarkResult, b: DashboardMarkResult) => b.value - a.value || a.key.localeCompare(b.key);
const inOrder = (order: readonly string[]) => (a: string, b: string) => (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1) || a.localeCompare(b);

/** One mark per (key, group): publications by year and kind, zones by province and batch. */
function stacked(nodes: readonly NodeRecord[], keyOf: (n: NodeRecord) => string | null, groupOf: (n: NodeRecord) => string): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const n of nodes) {
    const key = keyOf(n);
    if (key === null) continue;
    const groups = out.get(key) ?? out.set(key, new Map()).get(key)!;
    const g = groupOf(n);
    (groups.get(g) ?? groups.set(g, []).get(g)!).push(n.id);
  }
  return out;
}

const flatten = (m: Map<string, Map<string, string[]>>, keys: string[], label?: (key: string) => Partial<DashboardMarkResult>) =>
  keys.flatMap((key) => [...m.get(key)!].sort(([a], [b]) => a.localeCompare(b)).map(([group, ids]) => mark(key, ids, { group, ...label?.(key) })));

const total = (groups: Map<string, string[]>) => [...groups.values()].reduce((s, ids) => s + ids.length, 0);

function central(analytics: AnalyticsResult, snapshot: GraphSnapshot, prefix: string, top: number, groupOf: (n: NodeRecord) => string): DashboardMarkResult[] {
  return analytics.nodes
    .filter((m) => m.id.startsWith(prefix))
    .slice(0, top)
    .flatMap((m) => {
      const n = snapshot.node(m.id);
      return n ? [mark(m.id, [m.id], { labelZh: text(n.props.nameZh), labelEn: text(n.props.nameEn), group: groupOf(n), value: m.pagerank })] : [];
    });
}

export function buildDashboard(snapshot: GraphSnapshot, analytics: AnalyticsResult, top: number): DashboardResult {
  const zones = snapshot.ofType('ExperimentZone');
  const pubs = snapshot.ofType('Publication');
  const batchOf = (n: NodeRecord) => text(n.props.batch) ?? NONE;

  const byDimension = groupBy(snapshot.ofType('Mechanism'), (n) => dimensionsOf(snapshot, n));
  const byBatch = groupBy(zones, (n) => [batchOf(n)]);
  const byProvince = stacked(zones, (n) => text(n.props.province) ?? NONE, batchOf);
  const sizeOrder = [...(NODE_TYPES.City.props.sizeClass.values ?? []), 'unclassified', NONE];
  const bySize = groupBy(snapshot.ofType('Case'), (n) => [...new Set(citiesOf(snapshot, n.id).map((c) => text(c.props.sizeClass) ?? 'unclassified'))]);
  const kindOf = (n: NodeRecord) => text(n.props.kind) ?? NONE;
  const byYear = stacked(pubs, (n) => text(n.props.yearFrom), kindOf);
  // Web pages are where reference facts were looked up, not venues of the literature; a venue chart of site names says little.
  const byVenue = stacked(pubs.filter((n) => n.props.kind !== 'webpage'), (n) => text(n.props.venue), kindOf);
  const problems = snapshot
    .ofType('Problem')
    .map((p) => mark(p.id, [...new Set(snapshot.in(p.id, 'ADDRESSES').map((e) => e.from).filter((id) => id.startsWith('mechanism:')))], { labelZh: text(p.props.nameZh), labelEn: text(p.props.nameEn) }))
    .filter((m) => m.value > 0);

  return {
    entitiesByType: NODE_TYPE_NAMES.map((t) => mark(t, snapshot.ofType(t).map((n) => n.id))).filter((m) => m.value > 0).sort(byCount),
    mechanismsByDimension: [...byDimension.keys()].sort(inOrder([...DIMENSIONS, NONE])).map((k) => mark(k, byDimension.get(k)!)),
    zonesByBatch: [...byBatch.keys()].sort(inOrder(['1', '2', '3', '4', NONE])).map((k) => mark(k, byBatch.get(k)!)),
    zonesByProvince: flatten(
      byProvince,
      [...byProvince.keys()].sort((a, b) => total(byProvince.get(b)!) - total(byProvince.get(a)!) || a.localeCompare(b)),
      (key) => ({ labelZh: key, labelEn: key === NONE ? null : provinceNameEn(key) }),
    ),
    casesBySizeClass: [...bySize.keys()].sort(inOrder(sizeOrder)).map((k) => mark(k, bySize.get(k)!)),
    publicationsByYear: flatten(byYear, [...byYear.keys()].sort((a, b) => Number(a) - Number(b))),
    publicationsByVenue: flatten(
      byVenue,
      [...byVenue.keys()].sort((a, b) => total(byVenue.get(b)!) - total(byVenue.get(a)!) || a.localeCompare(b)).slice(0, top),
      (key) => ({ labelZh: key, labelEn: key }),
    ),
    centralMechanisms: central(analytics, snapshot, 'mechanism:', top, (n) => dimensionsOf(snapshot, n)[0] ?? NONE),
    centralActors: central(analytics, snapshot, 'actor:', top, (n) => text(n.props.sector) ?? NONE),
    problemsByMechanisms: problems.sort(byCount).slice(0, top),
  };
}

const cache = new WeakMap<GraphSnapshot, Map<number, DashboardResult>>();

export async function computeDashboard(store: GraphStore, top: number | null | undefined): Promise<DashboardResult> {
  const n = checkFirst(top, 15, MAX_TOP, 'top');
  const snapshot = await graphSnapshot(store);
  const perTop = cache.get(snapshot) ?? cache.set(snapshot, new Map()).get(snapshot)!;
  const hit = perTop.get(n);
  if (hit) return hit;
  const result = buildDashboard(snapshot, await computeAnalytics(store, null), n);
  perTop.set(n, result);
  return result;
}
