/**
 * Parameters and row handling both adapters share, so the two stores cannot drift apart on what a filter
 * means or how a neighbourhood is assembled.
 */
import { NODE_TYPE_NAMES, REL_TYPE_NAMES, type RelType } from '../../../graph-schema/model.js';
import type { EdgeRecord, GraphData, NodeRecord } from '../../../graph-schema/records.js';
import type { EntityFilter, NeighbourQuery } from './GraphStore.js';
import { rowToEdge, rowToNode } from './recordMapping.js';

type Row = Record<string, unknown>;

/**
 * $types and $relations are never empty: "no filter" is sent as every type, because Kuzu cannot type an
 * empty list parameter (it crashes) and `x IN []` would match nothing.
 */
export function filterParams(f: EntityFilter) {
  return { types: f.types?.length ? f.types : NODE_TYPE_NAMES, sourceDoc: f.sourceDoc ?? null, yearFrom: f.yearFrom ?? null, yearTo: f.yearTo ?? null };
}

export function neighbourParams(q: NeighbourQuery) {
  return { ...filterParams(q), ids: q.ids, relations: q.relations?.length ? q.relations : REL_TYPE_NAMES };
}

/** Search splits on white space; every token must match. */
export function searchParams(text: string, filter: EntityFilter) {
  const lower = text.trim().toLowerCase();
  return { ...filterParams(filter), tokens: lower.split(/\s+/).filter(Boolean), raw: text.trim(), lower };
}

/** Rows of neighboursOut/neighboursIn (anchor, relType, r, n; engine values already plain) → a subgraph. */
export function collectNeighbours(outRows: Row[], inRows: Row[], limit: number): GraphData {
  const nodes = new Map<string, NodeRecord>();
  const edges = new Map<string, EdgeRecord>();
  const take = (rows: Row[], outgoing: boolean) => {
    for (const r of rows) {
      const n = rowToNode(r.n as Row);
      nodes.set(n.id, n);
      const anchor = String(r.anchor);
      const type = r.relType as RelType;
      const e = outgoing ? rowToEdge(anchor, type, n.id, r.r as Row) : rowToEdge(n.id, type, anchor, r.r as Row);
      edges.set(e.id, e);
    }
  };
  take(outRows, true);
  take(inRows, false);
  return { nodes: [...nodes.values()], edges: [...edges.values()].slice(0, limit) };
}
