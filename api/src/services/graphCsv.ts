/**
 * The whole graph as two CSV tables (nodes, edges) for spreadsheets: UTF-8 with a byte-order mark so Excel reads
 * Chinese correctly, RFC 4180 quoting, and cells that a spreadsheet would run as formulas neutralised.
 */
import { NODE_TYPES, type NodeType } from '../../../graph-schema/model.js';
import type { EdgeRecord, GraphData, NodeRecord, PropValue, Source } from '../../../graph-schema/records.js';

const BOM = '\uFEFF';
const COMMON = ['nameZh', 'nameEn', 'yearFrom', 'yearTo', 'summaryZh', 'summaryEn', 'aliases'] as const;

/** Quotes a cell when needed; a leading =, +, -, @ (not a number) or control character is prefixed with ' so it stays text. */
export function csvCell(value: PropValue | undefined): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join(' | ') : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: (PropValue | undefined)[]) => cells.map(csvCell).join(',');
const sourcesText = (sources: Source[]) => sources.map((s) => (s.locator ? `${s.doc} § ${s.locator}` : s.doc)).join(' ; ');

/** Type-specific properties as one JSON cell, so every node type fits one table. */
function otherProps(n: NodeRecord): string | null {
  const own = Object.keys(NODE_TYPES[n.type as NodeType]?.props ?? {});
  const entries = own.map((k) => [k, n.props[k]] as const).filter(([, v]) => v !== null && v !== undefined);
  return entries.length ? JSON.stringify(Object.fromEntries(entries)) : null;
}

export function nodesCsv(graph: GraphData): string {
  const lines = [row(['id', 'type', ...COMMON, 'properties', 'sources'])];
  for (const n of [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(row([n.id, n.type, ...COMMON.map((k) => n.props[k]), otherProps(n), sourcesText(n.sources)]));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function edgesCsv(graph: GraphData): string {
  const lines = [row(['id', 'type', 'from', 'to', 'properties', 'sources'])];
  for (const e of [...graph.edges].sort((a: EdgeRecord, b: EdgeRecord) => a.id.localeCompare(b.id))) {
    const props = Object.entries(e.props).filter(([, v]) => v !== null && v !== undefined);
    lines.push(row([e.id, e.type, e.from, e.to, props.length ? JSON.stringify(Object.fromEntries(props)) : null, sourcesText(e.sources)]));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
