/**
 * The embedded store's own column (issue 8): every node and relationship also keeps its record (sources and
 * non-null properties) as one JSON text in `record`. Reads return that one column instead of the 40-odd
 * property columns: Kuzu scans whole 2,048-row vectors of every column a query names to reach scattered
 * neighbours, and the Node binding converts each value separately, so a neighbourhood read all columns of
 * most of the table at 1M relationships (0.1–0.7 s); with `record` it reads one. The property columns stay:
 * filters, search and sorting use them. Neo4j does not have this column.
 */
import { nodePropSpecs, relPropSpecs } from '../../../../graph-schema/model.js';
import type { EdgeRecord, NodeRecord } from '../../../../graph-schema/records.js';
import { edgeToRow, nodeToRow } from '../recordMapping.js';

type Row = Record<string, unknown>;

/** `sources` (its stored JSON text) and the type's properties that are not null, as stored. */
function recordOf(row: Row, keys: string[]): string {
  const out: Row = { sources: row.sources };
  for (const k of keys) if (row[k] !== null && row[k] !== undefined) out[k] = row[k];
  return JSON.stringify(out);
}

/** nodeToRow plus `record`, last (Kuzu matches a list of maps' fields by position). */
export function kuzuNodeRow(node: NodeRecord): Row {
  const row = nodeToRow(node);
  return { ...row, record: recordOf(row, Object.keys(nodePropSpecs(node.type))) };
}

export function kuzuEdgeRow(edge: EdgeRecord): Row {
  const row = edgeToRow(edge);
  return { ...row, record: recordOf(row, Object.keys(relPropSpecs(edge.type))) };
}

/**
 * A read's `{id, type, record}` (node) or `{type, record}` (relationship) as the flat column shape rowToNode
 * and rowToEdge take; anything else (a whole engine value, as paths return) passes through unchanged.
 */
export function expandRecord(value: unknown): Row {
  const v = value as Row;
  if (typeof v?.record !== 'string') return v;
  const { record, ...keys } = v;
  return { ...keys, ...(JSON.parse(record) as Row) };
}

