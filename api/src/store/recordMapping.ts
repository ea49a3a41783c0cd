/** Stored rows ⇄ engine-neutral records. Shared by both adapters so the shapes cannot drift apart. */
import { nodePropSpecs, relPropSpecs, typeOfId, type NodeType, type RelType } from '../../../graph-schema/model.js';
import { NODE_COLUMNS, REL_COLUMNS } from '../../../graph-schema/columns.js';
import { edgeId, type EdgeRecord, type NodeRecord, type PropValue, type Source } from '../../../graph-schema/records.js';

/** Lower-cased names and aliases, joined: what `search` matches against. */
export function searchTextOf(node: NodeRecord): string {
  const parts = [node.props.nameZh, node.props.nameEn, ...((node.props.aliases as string[] | null) ?? []), node.id];
  return parts.filter((p) => typeof p === 'string' && p !== '').join('\u0001').toLowerCase();
}

const emptyToNull = (v: PropValue | undefined): PropValue => (v === undefined || (Array.isArray(v) && v.length === 0) ? null : v);

/** A row's keys are always in NODE_COLUMNS order: Kuzu matches the fields of a list of maps by position. */
export function nodeToRow(node: NodeRecord): Record<string, PropValue> {
  const system: Record<string, PropValue> = {
    id: node.id,
    type: node.type,
    sources: JSON.stringify(node.sources),
    sourceDocs: [...new Set(node.sources.map((s) => s.doc))],
    searchText: searchTextOf(node),
  };
  // Empty lists are stored as null: Kuzu cannot type an empty list parameter, and Neo4j keeps no type for one.
  return Object.fromEntries(NODE_COLUMNS.map((c) => [c.name, c.name in system ? system[c.name] : emptyToNull(node.props[c.name])]));
}

/** `from` and `to`, then REL_COLUMNS in order (see nodeToRow). */
export function edgeToRow(edge: EdgeRecord): Record<string, PropValue> {
  const system: Record<string, PropValue> = {
    type: edge.type,
    sources: JSON.stringify(edge.sources),
    sourceDocs: [...new Set(edge.sources.map((s) => s.doc))],
  };
  return {
    from: edge.from,
    to: edge.to,
    ...Object.fromEntries(REL_COLUMNS.map((c) => [c.name, c.name in system ? system[c.name] : emptyToNull(edge.props[c.name])])),
  };
}

function parseSources(text: unknown): Source[] {
  return typeof text === 'string' ? (JSON.parse(text) as Source[]) : [];
}

/** `props` holds plain JS values (the adapter has already converted engine types). */
export function rowToNode(props: Record<string, unknown>): NodeRecord {
  const id = String(props.id);
  const type = (props.type as NodeType | undefined) ?? typeOfId(id)!;
  const out: Record<string, PropValue> = {};
  for (const key of Object.keys(nodePropSpecs(type))) out[key] = (props[key] as PropValue | undefined) ?? null;
  if (out.aliases === null) out.aliases = [];
  return { id, type, sources: parseSources(props.sources), props: out };
}

export function rowToEdge(from: string, type: RelType, to: string, props: Record<string, unknown>): EdgeRecord {
  const out: Record<string, PropValue> = {};
  for (const key of Object.keys(relPropSpecs(type))) out[key] = (props[key] as PropValue | undefined) ?? null;
  return { id: edgeId(from, type, to), type, from, to, sources: parseSources(props.sources), props: out };
}
