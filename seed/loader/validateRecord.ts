/**
 * The rules one node or one relationship must meet, checked against graph-schema/model.ts. The seed loader
 * (validateSeed.ts), the import CLI and curator mutations (issue 7) all validate through these functions,
 * so an edit through the API can never store what a seed file could not.
 */
import {
  NODE_TYPES, REL_TYPES, isPairAllowed, nodePropSpecs, relPropSpecs, typeOfId,
  type NodeType, type PropSpec, type RelType,
} from '../../graph-schema/model.js';
import { edgeId, type EdgeRecord, type NodeRecord, type PropValue, type Source } from '../../graph-schema/records.js';

/** Where a problem is inside the item (field names and list positions) and what it is. */
export type ReportIssue = (path: (string | number)[], message: string) => void;

export interface GlossaryTerm {
  en: string;
  /** `file:line` of the glossary entry, for the message. */
  where: string;
}
export type Glossary = ReadonlyMap<string, GlossaryTerm>;

/** `['sources', 0, 'doc']` → `sources[0].doc`. */
export function fieldName(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');
}

export const ID_PATTERN = /^[a-z]+:[a-z0-9][a-z0-9._-]*$/;
export const NODE_META_FIELDS = new Set(['id', 'sources', 'links']);
export const LINK_META_FIELDS = new Set(['from', 'rel', 'to', 'sources']);
export const REQUIRED_TEXT = ['nameZh', 'nameEn', 'summaryZh', 'summaryEn'] as const;

/** Lone surrogates cannot be stored as UTF-8 (they would come back changed); control characters are never text. */
const ILL_FORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function checkText(value: string): string | null {
  return ILL_FORMED.test(value) ? 'must be well-formed text without control characters' : null;
}

export function checkProp(spec: PropSpec, value: unknown): string | null {
  switch (spec.kind) {
    case 'string':
      if (typeof value !== 'string') return 'must be a string';
      if (spec.values && !spec.values.includes(value)) return `must be one of ${spec.values.join(', ')}`;
      return checkText(value);
    case 'int':
      return Number.isSafeInteger(value) ? null : 'must be a whole number';
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'string[]':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'must be a list of strings';
      if (spec.values) {
        const bad = value.find((v) => !spec.values!.includes(v as string));
        if (bad !== undefined) return `"${bad}" must be one of ${spec.values.join(', ')}`;
      }
      return value.map((v) => checkText(v as string)).find((p) => p !== null) ?? null;
  }
}

/** Sources at `path` inside the item: at least one, each with a non-empty doc and locator. */
export function readSources(value: unknown, path: (string | number)[], report: ReportIssue): Source[] {
  if (!Array.isArray(value) || value.length === 0) {
    report(path, 'at least one source {doc, locator} is required');
    return [];
  }
  const out: Source[] = [];
  value.forEach((s, i) => {
    const doc = (s as Source | null)?.doc;
    const locator = (s as Source | null)?.locator;
    if (typeof doc !== 'string' || doc.trim() === '' || (typeof locator !== 'string' && typeof locator !== 'number') || String(locator).trim() === '') {
      report([...path, i], 'a source needs a non-empty doc and locator');
    } else if (checkText(doc) || checkText(String(locator))) {
      report([...path, i], 'a source must be well-formed text without control characters');
    } else out.push({ doc, locator: String(locator) });
  });
  return out;
}

/** Reports every source whose document the graph does not know (a seed stem or a Publication id). */
export function checkSourceDocs(sources: Source[], isKnownDoc: (doc: string) => boolean, path: (string | number)[], report: ReportIssue): void {
  sources.forEach((s, i) => {
    if (!isKnownDoc(s.doc)) report([...path, i, 'doc'], `unknown source document "${s.doc}" (a seed stem or a Publication id)`);
  });
}

/**
 * One node of `type`: `value` holds `id`, `sources` and the properties (YAML item or API input alike).
 * Returns null when the id itself is unusable; otherwise the record, with every problem reported.
 */
export function validateNode(type: NodeType, value: Record<string, unknown>, report: ReportIssue, glossary?: Glossary): NodeRecord | null {
  const id = value.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    report(['id'], 'id must look like <prefix>:<kebab-case>');
    return null;
  }
  if (typeOfId(id) !== type) {
    report(['id'], `a ${type} id must start with "${NODE_TYPES[type].prefix}:"`);
    return null;
  }
  const specs = nodePropSpecs(type);
  const props: Record<string, PropValue> = {};
  for (const key of Object.keys(specs)) props[key] = null;
  for (const [key, v] of Object.entries(value)) {
    if (NODE_META_FIELDS.has(key)) continue;
    const spec = specs[key];
    if (!spec) {
      report([key], `unknown field for ${type} (allowed: ${Object.keys(specs).join(', ')})`);
      continue;
    }
    // An empty list says nothing: stored as absent, so every store round-trips it the same way.
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    const problem = checkProp(spec, v);
    if (problem) report([key], problem);
    else props[key] = v as PropValue;
  }
  for (const key of REQUIRED_TEXT) {
    if (typeof props[key] !== 'string' || (props[key] as string).trim() === '') report([key], 'is required');
  }
  const term = glossary?.get(props.nameZh as string);
  if (term && props.nameEn !== null && term.en !== props.nameEn) {
    report(['nameEn'], `glossary (${term.where}) renders ${props.nameZh} as "${term.en}"`);
  }
  if (props.aliases === null) props.aliases = [];
  return { id, type, sources: readSources(value.sources, ['sources'], report), props };
}

/**
 * One relationship from `from` to `to` (both already found in the graph): `raw` holds `rel`, the properties
 * and optionally `sources` (a seed link inherits its node's sources when it has none). Returns null when
 * the relationship cannot be built; every problem is reported.
 */
export function validateEdge(
  from: NodeRecord,
  to: NodeRecord,
  raw: Record<string, unknown>,
  report: ReportIssue,
  inherited: Source[] | null = null,
): EdgeRecord | null {
  const rel = raw.rel;
  if (typeof rel !== 'string' || !(rel in REL_TYPES)) {
    report(['rel'], `unknown relationship "${String(rel)}"`);
    return null;
  }
  const type = rel as RelType;
  if (!isPairAllowed(type, from.type, to.type)) {
    report(['to'], `${type} may not join ${from.type} to ${to.type}`);
    return null;
  }
  const specs = relPropSpecs(type);
  const props: Record<string, PropValue> = {};
  for (const key of Object.keys(specs)) props[key] = null;
  let ok = true;
  for (const [key, v] of Object.entries(raw)) {
    if (LINK_META_FIELDS.has(key) || v === null || v === undefined) continue;
    const spec = specs[key];
    const problem = spec ? checkProp(spec, v) : `unknown field for ${type} (allowed: ${Object.keys(specs).join(', ') || 'none'})`;
    if (problem) {
      report([key], problem);
      ok = false;
    } else props[key] = v as PropValue;
  }
  const sources = raw.sources === undefined && inherited ? inherited : readSources(raw.sources, ['sources'], report);
  if (!ok || sources.length === 0) return null;
  return { id: edgeId(from.id, type, to.id), type, from: from.id, to: to.id, sources: [...sources], props };
}
