/**
 * The visible subgraph as files other tools read: JSON (ours), GraphML (Gephi, yEd, Cytoscape desktop, NetworkX)
 * and CSV node and edge tables (Gephi's spreadsheet import, Excel). Pure, so every format is unit-tested.
 */
import { escapeXml } from './toSvg';

export interface ExportNode {
  id: string;
  type: string;
  nameZh: string;
  nameEn: string;
  yearFrom?: number | null;
  yearTo?: number | null;
  degree?: number | null;
  x?: number;
  y?: number;
  /** Centralities and community, when known. */
  metrics?: Readonly<Record<string, number | null>>;
}

export interface ExportEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  year?: number | null;
}

export interface ExportGraph {
  nodes: readonly ExportNode[];
  edges: readonly ExportEdge[];
}

export const EXPORT_FORMAT = 'governance-atlas-subgraph';

export function toJson(graph: ExportGraph, meta: { source?: string } = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, ...meta, nodes: graph.nodes, edges: graph.edges }, null, 2);
}

const NODE_COLUMNS = ['id', 'type', 'nameZh', 'nameEn', 'yearFrom', 'yearTo', 'degree', 'x', 'y'] as const;

function metricNames(graph: ExportGraph): string[] {
  return [...new Set(graph.nodes.flatMap((n) => Object.keys(n.metrics ?? {})))].sort();
}

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: readonly unknown[]) => cells.map(csvCell).join(',');

export function nodesCsv(graph: ExportGraph): string {
  const metrics = metricNames(graph);
  const lines = [row([...NODE_COLUMNS, ...metrics])];
  for (const n of graph.nodes) {
    lines.push(row([n.id, n.type, n.nameZh, n.nameEn, n.yearFrom, n.yearTo, n.degree, n.x === undefined ? '' : Math.round(n.x), n.y === undefined ? '' : Math.round(n.y), ...metrics.map((m) => n.metrics?.[m])]));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Gephi's edge table names the ends Source and Target. */
export function edgesCsv(graph: ExportGraph): string {
  const lines = [row(['Id', 'Source', 'Target', 'Type', 'Label', 'Year'])];
  for (const e of graph.edges) lines.push(row([e.id, e.from, e.to, 'Directed', e.type, e.year]));
  return `${lines.join('\r\n')}\r\n`;
}

export function toGraphml(graph: ExportGraph): string {
  const metrics = metricNames(graph);
  const keys: [string, 'node' | 'edge', 'string' | 'int' | 'double'][] = [
    ['type', 'node', 'string'],
    ['nameZh', 'node', 'string'],
    ['nameEn', 'node', 'string'],
    ['label', 'node', 'string'],
    ['yearFrom', 'node', 'int'],
    ['yearTo', 'node', 'int'],
    ['degree', 'node', 'int'],
    ['x', 'node', 'double'],
    ['y', 'node', 'double'],
    ...metrics.map((m) => [m, 'node', 'double'] as [string, 'node', 'double']),
    ['relation', 'edge', 'string'],
    ['year', 'edge', 'int'],
  ];
  const id = (name: string, kind: string) => `${kind === 'node' ? 'n' : 'e'}_${name}`;
  const data = (kind: string, name: string, value: unknown) =>
    value === null || value === undefined || value === '' ? '' : `<data key="${id(name, kind)}">${escapeXml(String(value))}</data>`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(([name, kind, type]) => `  <key id="${id(name, kind)}" for="${kind}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    const fields = [
      data('node', 'type', n.type),
      data('node', 'nameZh', n.nameZh),
      data('node', 'nameEn', n.nameEn),
      data('node', 'label', n.nameZh || n.nameEn),
      data('node', 'yearFrom', n.yearFrom),
      data('node', 'yearTo', n.yearTo),
      data('node', 'degree', n.degree),
      data('node', 'x', n.x === undefined ? undefined : Math.round(n.x)),
      data('node', 'y', n.y === undefined ? undefined : Math.round(n.y)),
      ...metrics.map((m) => data('node', m, n.metrics?.[m])),
    ].filter(Boolean);
    out.push(`    <node id="${escapeXml(n.id)}">${fields.join('')}</node>`);
  }
  for (const e of graph.edges) {
    out.push(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">${data('edge', 'relation', e.type)}${data('edge', 'year', e.year)}</edge>`);
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
