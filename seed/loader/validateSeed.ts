/**
 * Turns the raw seed into graph records, checking everything against graph-schema/model.ts first.
 * Returns every problem at once so a curator can fix a whole batch in one pass. The per-record rules live
 * in validateRecord.ts (shared with the import CLI and curator mutations); this file adds what needs the
 * whole seed: folders, duplicates, dangling references, the glossary and source documents.
 */
import { NODE_TYPES, NODE_TYPE_NAMES, REL_TYPES } from '../../graph-schema/model.js';
import type { EdgeRecord, GraphData, NodeRecord, Source } from '../../graph-schema/records.js';
import type { GlossaryEntry, LocatedItem, RawSeed } from './readSeed.js';
import type { SeedIssue } from './SeedError.js';
import { checkSourceDocs, fieldName, validateEdge, validateNode, type Glossary, type ReportIssue } from './validateRecord.js';

interface PendingLink {
  item: LocatedItem;
  /** Path of the link inside the item, for line numbers (empty for seed/links files). */
  path: (string | number)[];
  from: string;
  raw: Record<string, unknown>;
  inherited: Source[] | null;
}

/** The glossary as a map, with a problem for every term rendered two ways. */
export function buildGlossary(entries: GlossaryEntry[], issues: SeedIssue[] = []): Glossary {
  const glossary = new Map<string, { en: string; where: string }>();
  for (const g of entries) {
    const seen = glossary.get(g.zh);
    if (seen && seen.en !== g.en) {
      issues.push({ file: g.file, line: g.line, field: g.zh, message: `rendered "${g.en}" here but "${seen.en}" in ${seen.where}` });
    } else if (!seen) glossary.set(g.zh, { en: g.en, where: `${g.file}:${g.line}` });
  }
  return glossary;
}

/** Every document a source may name: Publication ids and the seed stems Publications record. */
export function knownDocs(nodes: Iterable<NodeRecord>): Set<string> {
  const docs = new Set<string>();
  for (const n of nodes) {
    if (n.type === 'Publication') {
      docs.add(n.id);
      if (typeof n.props.seedDoc === 'string') docs.add(n.props.seedDoc);
    }
  }
  return docs;
}

export function validateSeed(raw: RawSeed): { graph: GraphData; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [...raw.issues];
  const nodes = new Map<string, NodeRecord>();
  const nodeAt = new Map<string, LocatedItem>();
  const pending: PendingLink[] = [];
  const glossary = buildGlossary(raw.glossary, issues);
  /** Problems inside one item, placed by their path (prefixed with the link's own path, if any). */
  const reporter = (item: LocatedItem, prefix: (string | number)[] = []): ReportIssue => (path, message) =>
    issues.push({ file: item.file, line: item.lineOf(...prefix, ...path), field: [prefix.join('.'), fieldName(path)].filter(Boolean).join('.'), message });

  const typeOfFolder = new Map(NODE_TYPE_NAMES.map((t) => [NODE_TYPES[t].folder as string, t]));
  for (const item of raw.items) {
    const report = reporter(item);
    if (item.folder === 'links') {
      const from = item.value.from;
      if (typeof from !== 'string') report(['from'], 'a link needs a from id');
      else pending.push({ item, path: [], from, raw: item.value, inherited: null });
      continue;
    }
    const type = typeOfFolder.get(item.folder);
    if (!type) {
      issues.push({ file: item.file, line: item.line, field: '(file)', message: `folder "${item.folder}" is not a node type folder (${[...typeOfFolder.keys()].join(', ')}, links, glossary)` });
      continue;
    }
    const v = item.value;
    const dup = typeof v.id === 'string' ? nodeAt.get(v.id) : undefined;
    if (dup) {
      report(['id'], `duplicate id ${String(v.id)}, first defined at ${dup.file}:${dup.line}`);
      continue;
    }
    const node = validateNode(type, v, report, glossary);
    if (!node) continue;
    nodes.set(node.id, node);
    nodeAt.set(node.id, item);
    if (v.links !== undefined) {
      if (!Array.isArray(v.links)) report(['links'], 'must be a list');
      else v.links.forEach((l, i) => pending.push({ item, path: ['links', i], from: node.id, raw: (l ?? {}) as Record<string, unknown>, inherited: node.sources }));
    }
  }

  const edges = new Map<string, EdgeRecord>();
  const edgeAt = new Map<string, { file: string; line: number }>();
  for (const link of pending) {
    const report = reporter(link.item, link.path);
    const fromNode = nodes.get(link.from);
    const to = link.raw.to;
    const toNode = typeof to === 'string' ? nodes.get(to) : undefined;
    if (typeof link.raw.rel !== 'string' || !(link.raw.rel in REL_TYPES)) {
      report(['rel'], `unknown relationship "${String(link.raw.rel)}"`);
      continue;
    }
    if (!fromNode) {
      report(['from'], `dangling reference: no node ${link.from}`);
      continue;
    }
    if (!toNode) {
      report(['to'], `dangling reference: no node ${String(to)}`);
      continue;
    }
    const edge = validateEdge(fromNode, toNode, link.raw, report, link.inherited);
    if (!edge) continue;
    const existing = edges.get(edge.id);
    const at = edgeAt.get(edge.id);
    if (existing && at) {
      if (JSON.stringify(existing.props) !== JSON.stringify(edge.props)) {
        report(['rel'], `duplicate ${edge.type} ${edge.from} → ${edge.to} with different properties (first at ${at.file}:${at.line})`);
        continue;
      }
      for (const s of edge.sources) if (!existing.sources.some((e) => e.doc === s.doc && e.locator === s.locator)) existing.sources.push(s);
      continue;
    }
    edges.set(edge.id, edge);
    edgeAt.set(edge.id, { file: link.item.file, line: link.item.lineOf(...link.path) });
  }

  // A source names a seed document (by the stem a Publication records) or a Publication id.
  const docs = knownDocs(nodes.values());
  const isKnown = (doc: string) => docs.has(doc);
  for (const n of nodes.values()) checkSourceDocs(n.sources, isKnown, ['sources'], reporter(nodeAt.get(n.id)!));
  for (const e of edges.values()) {
    const { file, line } = edgeAt.get(e.id)!;
    checkSourceDocs(e.sources, isKnown, [], (_path, message) => issues.push({ file, line, field: `${e.type}.sources`, message }));
  }

  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { graph: { nodes: [...nodes.values()], edges: [...edges.values()] }, issues };
}
