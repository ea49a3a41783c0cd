/**
 * Turns the raw seed into graph records, checking everything against graph-schema/model.ts first.
 * Returns every problem at once so a curator can fix a whole batch in one pass.
 */
import {
  NODE_TYPES, NODE_TYPE_NAMES, REL_TYPES, isPairAllowed, nodePropSpecs, relPropSpecs, typeOfId,
  type PropSpec, type RelType,
} from '../../graph-schema/model.js';
import { edgeId, type EdgeRecord, type GraphData, type NodeRecord, type PropValue, type Source } from '../../graph-schema/records.js';
import type { LocatedItem, RawSeed } from './readSeed.js';
import type { SeedIssue } from './SeedError.js';

const NODE_META_FIELDS = new Set(['id', 'sources', 'links']);
const LINK_META_FIELDS = new Set(['from', 'rel', 'to', 'sources']);
const REQUIRED_TEXT = ['nameZh', 'nameEn', 'summaryZh', 'summaryEn'] as const;

function checkProp(spec: PropSpec, value: unknown): string | null {
  switch (spec.kind) {
    case 'string':
      if (typeof value !== 'string') return 'must be a string';
      if (spec.values && !spec.values.includes(value)) return `must be one of ${spec.values.join(', ')}`;
      return null;
    case 'int':
      return Number.isInteger(value) ? null : 'must be a whole number';
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'string[]':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'must be a list of strings';
      if (spec.values) {
        const bad = value.find((v) => !spec.values!.includes(v as string));
        if (bad !== undefined) return `"${bad}" must be one of ${spec.values.join(', ')}`;
      }
      return null;
  }
}

/** Validates sources; `field` is where they sit, for the error message. */
function readSources(value: unknown, at: (...p: (string | number)[]) => number, field: (string | number)[], issue: (line: number, field: string, msg: string) => void): Source[] {
  const name = field.join('.');
  if (!Array.isArray(value) || value.length === 0) {
    issue(at(...field), name, 'at least one source {doc, locator} is required');
    return [];
  }
  const out: Source[] = [];
  value.forEach((s, i) => {
    const doc = (s as Source | null)?.doc;
    const locator = (s as Source | null)?.locator;
    if (typeof doc !== 'string' || doc.trim() === '' || (typeof locator !== 'string' && typeof locator !== 'number') || String(locator).trim() === '') {
      issue(at(...field, i), `${name}[${i}]`, 'a source needs a non-empty doc and locator');
    } else out.push({ doc, locator: String(locator) });
  });
  return out;
}

interface PendingLink {
  item: LocatedItem;
  /** Path of the link inside the item, for line numbers (empty for seed/links files). */
  path: (string | number)[];
  from: string;
  raw: Record<string, unknown>;
  inherited: Source[] | null;
}

export function validateSeed(raw: RawSeed): { graph: GraphData; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [...raw.issues];
  const nodes = new Map<string, NodeRecord>();
  const nodeAt = new Map<string, LocatedItem>();
  const pending: PendingLink[] = [];

  const glossary = new Map<string, { en: string; file: string; line: number }>();
  for (const g of raw.glossary) {
    const seen = glossary.get(g.zh);
    if (seen && seen.en !== g.en) {
      issues.push({ file: g.file, line: g.line, field: g.zh, message: `rendered "${g.en}" here but "${seen.en}" in ${seen.file}:${seen.line}` });
    } else if (!seen) glossary.set(g.zh, g);
  }

  const typeOfFolder = new Map(NODE_TYPE_NAMES.map((t) => [NODE_TYPES[t].folder as string, t]));
  for (const item of raw.items) {
    const issue = (line: number, field: string, message: string) => issues.push({ file: item.file, line, field, message });
    if (item.folder === 'links') {
      const from = item.value.from;
      if (typeof from !== 'string') issue(item.lineOf('from'), 'from', 'a link needs a from id');
      else pending.push({ item, path: [], from, raw: item.value, inherited: null });
      continue;
    }
    const type = typeOfFolder.get(item.folder);
    if (!type) {
      issue(item.line, '(file)', `folder "${item.folder}" is not a node type folder (${[...typeOfFolder.keys()].join(', ')}, links, glossary)`);
      continue;
    }
    const v = item.value;
    const id = v.id;
    if (typeof id !== 'string' || !/^[a-z]+:[a-z0-9][a-z0-9._-]*$/.test(id)) {
      issue(item.lineOf('id'), 'id', 'id must look like <prefix>:<kebab-case>');
      continue;
    }
    if (typeOfId(id) !== type) {
      issue(item.lineOf('id'), 'id', `a ${type} id must start with "${NODE_TYPES[type].prefix}:"`);
      continue;
    }
    const dup = nodeAt.get(id);
    if (dup) {
      issue(item.lineOf('id'), 'id', `duplicate id ${id}, first defined at ${dup.file}:${dup.line}`);
      continue;
    }
    const specs = nodePropSpecs(type);
    const props: Record<string, PropValue> = {};
    for (const key of Object.keys(specs)) props[key] = null;
    for (const [key, value] of Object.entries(v)) {
      if (NODE_META_FIELDS.has(key)) continue;
      const spec = specs[key];
      if (!spec) {
        issue(item.lineOf(key), key, `unknown field for ${type} (allowed: ${Object.keys(specs).join(', ')})`);
        continue;
      }
      // An empty list says nothing: stored as absent, so every store round-trips it the same way.
      if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      const problem = checkProp(spec, value);
      if (problem) issue(item.lineOf(key), key, problem);
      else props[key] = value as PropValue;
    }
    for (const key of REQUIRED_TEXT) {
      if (typeof props[key] !== 'string' || (props[key] as string).trim() === '') issue(item.lineOf(key), key, 'is required');
    }
    const term = glossary.get(props.nameZh as string);
    if (term && props.nameEn !== null && term.en !== props.nameEn) {
      issue(item.lineOf('nameEn'), 'nameEn', `glossary (${term.file}:${term.line}) renders ${props.nameZh} as "${term.en}"`);
    }
    if (props.aliases === null) props.aliases = [];
    const sources = readSources(v.sources, item.lineOf, ['sources'], issue);
    nodes.set(id, { id, type, sources, props });
    nodeAt.set(id, item);
    if (v.links !== undefined) {
      if (!Array.isArray(v.links)) issue(item.lineOf('links'), 'links', 'must be a list');
      else v.links.forEach((l, i) => pending.push({ item, path: ['links', i], from: id, raw: (l ?? {}) as Record<string, unknown>, inherited: sources }));
    }
  }

  const edges = new Map<string, EdgeRecord>();
  const edgeAt = new Map<string, string>();
  for (const link of pending) {
    const at = (...p: (string | number)[]) => link.item.lineOf(...link.path, ...p);
    const name = (f: string) => (link.path.length ? `${link.path.join('.')}.${f}` : f);
    const issue = (line: number, field: string, message: string) => issues.push({ file: link.item.file, line, field, message });
    const { rel, to } = link.raw;
    if (typeof rel !== 'string' || !(rel in REL_TYPES)) {
      issue(at('rel'), name('rel'), `unknown relationship "${String(rel)}"`);
      continue;
    }
    const relType = rel as RelType;
    const fromNode = nodes.get(link.from);
    const toNode = typeof to === 'string' ? nodes.get(to) : undefined;
    if (!fromNode) {
      issue(at('from'), name('from'), `dangling reference: no node ${link.from}`);
      continue;
    }
    if (!toNode) {
      issue(at('to'), name('to'), `dangling reference: no node ${String(to)}`);
      continue;
    }
    if (!isPairAllowed(relType, fromNode.type, toNode.type)) {
      issue(at('to'), name('to'), `${relType} may not join ${fromNode.type} to ${toNode.type}`);
      continue;
    }
    const specs = relPropSpecs(relType);
    const props: Record<string, PropValue> = {};
    for (const key of Object.keys(specs)) props[key] = null;
    let ok = true;
    for (const [key, value] of Object.entries(link.raw)) {
      if (LINK_META_FIELDS.has(key) || value === null || value === undefined) continue;
      const spec = specs[key];
      const problem = spec ? checkProp(spec, value) : `unknown field for ${relType} (allowed: ${Object.keys(specs).join(', ') || 'none'})`;
      if (problem) {
        issue(at(key), name(key), problem);
        ok = false;
      } else props[key] = value as PropValue;
    }
    const sources = link.raw.sources === undefined && link.inherited ? link.inherited : readSources(link.raw.sources, at, ['sources'], issue);
    if (!ok || sources.length === 0) continue;
    const id = edgeId(fromNode.id, relType, toNode.id);
    const existing = edges.get(id);
    if (existing) {
      if (JSON.stringify(existing.props) !== JSON.stringify(props)) {
        issue(at('rel'), name('rel'), `duplicate ${relType} ${fromNode.id} → ${toNode.id} with different properties (first at ${edgeAt.get(id)})`);
        continue;
      }
      for (const s of sources) if (!existing.sources.some((e) => e.doc === s.doc && e.locator === s.locator)) existing.sources.push(s);
      continue;
    }
    edges.set(id, { id, type: relType, from: fromNode.id, to: toNode.id, sources: [...sources], props });
    edgeAt.set(id, `${link.item.file}:${at()}`);
  }

  // A source names a seed document (by the stem a Publication records) or a Publication id.
  const docs = new Set<string>();
  for (const n of nodes.values()) {
    if (n.type === 'Publication') {
      docs.add(n.id);
      if (typeof n.props.seedDoc === 'string') docs.add(n.props.seedDoc);
    }
  }
  for (const n of nodes.values()) {
    for (const [i, s] of n.sources.entries()) {
      if (!docs.has(s.doc)) {
        const item = nodeAt.get(n.id)!;
        issues.push({ file: item.file, line: item.lineOf('sources', i), field: `sources[${i}].doc`, message: `unknown source document "${s.doc}" (a seed stem or a Publication id)` });
      }
    }
  }
  for (const e of edges.values()) {
    for (const s of e.sources) {
      if (!docs.has(s.doc)) {
        const [file, line] = edgeAt.get(e.id)!.split(/:(?=\d+$)/);
        issues.push({ file, line: Number(line), field: `${e.type}.sources`, message: `unknown source document "${s.doc}"` });
      }
    }
  }

  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { graph: { nodes: [...nodes.values()], edges: [...edges.values()] }, issues };
}

