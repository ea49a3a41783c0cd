/**
 * What `npm run seed:report` prints: counts by type, relationship type and source document, and the
 * problems a curator must fix (unsourced, orphan, unnamed or unsummarised nodes, uncovered sections).
 */
import type { GraphData } from '../../graph-schema/records.js';

export interface DocumentSections {
  /** File stem. */
  doc: string;
  /** Section keys as locators cite them: "一", "（二）", "2.1"… */
  sections: string[];
}

export interface SeedReport {
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  bySourceDoc: Record<string, { nodes: number; edges: number }>;
  unsourced: string[];
  orphans: string[];
  missingText: string[];
  uncoveredSections: { doc: string; section: string }[];
  /** Cities and experiment zones with lat/lng, for the map (issue 9: every place should have them). */
  places: { cities: PlaceCoverage; zones: PlaceCoverage };
  /** Cities and zones without coordinates: the map cannot place them. */
  unlocatedPlaces: string[];
}

export interface PlaceCoverage {
  located: number;
  total: number;
}

const count = (xs: string[]) => xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {});

/** Section keys a locator names: its leading number or numeral, e.g. "3.2 主体协同" → "3.2", "二、（一）" → "二". */
export function sectionKeysOf(locator: string): string[] {
  const keys: string[] = [];
  const arabic = /(\d+(?:\.\d+)*)/.exec(locator);
  if (arabic) {
    const parts = arabic[1].split('.');
    for (let i = 1; i <= parts.length; i++) keys.push(parts.slice(0, i).join('.'));
  }
  const chinese = /([一二三四五六七八九十]+)、/.exec(locator);
  if (chinese) keys.push(chinese[1]);
  const sub = /（([一二三四五六七八九十]+)）/.exec(locator);
  if (sub && chinese) keys.push(`${chinese[1]}（${sub[1]}）`);
  return keys;
}

export function buildSeedReport(graph: GraphData, documents: DocumentSections[]): SeedReport {
  const touched = new Set<string>();
  for (const e of graph.edges) touched.add(e.from).add(e.to);
  const bySourceDoc: SeedReport['bySourceDoc'] = {};
  const cited = new Map<string, Set<string>>();
  const note = (doc: string, locator: string) => {
    const keys = cited.get(doc) ?? new Set<string>();
    for (const k of sectionKeysOf(locator)) keys.add(k);
    keys.add(locator.trim());
    cited.set(doc, keys);
  };
  for (const n of graph.nodes) {
    for (const doc of new Set(n.sources.map((s) => s.doc))) (bySourceDoc[doc] ??= { nodes: 0, edges: 0 }).nodes++;
    for (const s of n.sources) note(s.doc, s.locator);
  }
  for (const e of graph.edges) {
    for (const doc of new Set(e.sources.map((s) => s.doc))) (bySourceDoc[doc] ??= { nodes: 0, edges: 0 }).edges++;
    for (const s of e.sources) note(s.doc, s.locator);
  }
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  const isPlace = (n: GraphData['nodes'][number]) => n.type === 'City' || n.type === 'ExperimentZone';
  const located = (n: GraphData['nodes'][number]) => typeof n.props.lat === 'number' && typeof n.props.lng === 'number';
  const coverage = (type: string): PlaceCoverage => {
    const all = graph.nodes.filter((n) => n.type === type);
    return { located: all.filter(located).length, total: all.length };
  };
  return {
    nodesByType: count(graph.nodes.map((n) => n.type)),
    edgesByType: count(graph.edges.map((e) => e.type)),
    bySourceDoc,
    unsourced: [...graph.nodes.filter((n) => n.sources.length === 0).map((n) => n.id), ...graph.edges.filter((e) => e.sources.length === 0).map((e) => e.id)],
    orphans: graph.nodes.filter((n) => !touched.has(n.id)).map((n) => n.id),
    missingText: graph.nodes.filter((n) => !['nameZh', 'nameEn', 'summaryZh', 'summaryEn'].every((k) => text(n.props[k]))).map((n) => n.id),
    uncoveredSections: documents.flatMap((d) => d.sections.filter((s) => !cited.get(d.doc)?.has(s)).map((section) => ({ doc: d.doc, section }))),
    places: { cities: coverage('City'), zones: coverage('ExperimentZone') },
    unlocatedPlaces: graph.nodes.filter((n) => isPlace(n) && !located(n)).map((n) => n.id),
  };
}

export function reportProblems(r: SeedReport): number {
  return r.unsourced.length + r.orphans.length + r.missingText.length + r.uncoveredSections.length + r.unlocatedPlaces.length;
}
