/**
 * Bulk load for a rebuild (issue 8): nodes and relationships go to CSV files and into Kuzu with one COPY
 * each. Sending them as `UNWIND $rows` parameters costs ~0.3 ms a row in the Node binding's value conversion,
 * and a rel batch's MATCH grows with the node table, so 1M relationships took over an hour that way.
 *
 * The CSV is written so that nothing is lost in it: Kuzu reads an empty field, quoted or not, as NULL, so every
 * non-null string is stored with a one-letter prefix that the COPY strips (`''` survives as `"s"`), and a list is
 * one prefixed string joined by a control character that occurs in no element (chosen per load). Kuzu's split
 * drops empty pieces, and a lambda (`list_transform`) inside a rel COPY corrupts its heap (0.11.3), so a row
 * with an empty list element gets its lists afterwards, through parameters; there are few or none. The COPY
 * declares every column's type; nothing is sniffed.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Column } from '../../../../graph-schema/columns.js';
import type { GraphData } from '../../../../graph-schema/records.js';
import { bulk } from '../cypher/statements.js';
import { kuzuEdgeRow, kuzuNodeRow } from './kuzuRows.js';
import { StoreError } from '../StoreError.js';

type Row = Record<string, unknown>;
type Run = (text: string, params?: Row) => Promise<unknown>;

/** Control characters that may join list elements: the first that no element contains is used. */
const SEPARATORS = [0x1f, 0x1e, 0x1d, 0x1c, 0x1b, 0x1a, 0x19, 0x18, 0x17, 0x16, 0x15, 0x14, 0x13, 0x12, 0x11, 0x10, 0x0f, 0x0e].map((c) =>
  String.fromCharCode(c),
);
/** The file names go into the COPY text (Kuzu takes no parameter there), so only plain paths are accepted. */
const SAFE_PATH = /^[A-Za-z0-9_./-]+$/;
const CHUNK = 4 << 20;

function chooseSeparator(graph: GraphData, nodeLists: Column[], relLists: Column[]): string {
  const used = new Set<string>();
  const scan = (v: unknown) => {
    if (!Array.isArray(v)) return;
    for (const e of v) if (typeof e === 'string') for (const s of SEPARATORS) if (e.includes(s)) used.add(s);
  };
  for (const n of graph.nodes) {
    for (const c of nodeLists) scan(n.props[c.name]);
    scan(n.sources.map((s) => s.doc));
  }
  for (const e of graph.edges) {
    for (const c of relLists) scan(e.props[c.name]);
    scan(e.sources.map((s) => s.doc));
  }
  const sep = SEPARATORS.find((s) => !used.has(s));
  if (!sep) throw new StoreError('INTERNAL', 'bulk load: list values contain every separator character');
  return sep;
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** A list with an empty element cannot pass through the CSV (see above); its row is patched afterwards. */
const needsPatch = (row: Row, lists: Column[]) => lists.some((c) => Array.isArray(row[c.name]) && (row[c.name] as string[]).includes(''));

function cell(c: Column, v: unknown, sep: string): string {
  if (v === null || v === undefined) return '';
  switch (c.kind) {
    case 'string':
      return quote(`s${String(v)}`);
    case 'string[]':
      return (v as string[]).length === 0 || (v as string[]).includes('') ? '' : quote(`s${(v as string[]).join(sep)}`);
    case 'int':
    case 'float':
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new StoreError('INTERNAL', `bulk load: ${c.name} is not a finite number`);
      return String(v);
  }
}

/** Writes rows as CSV lines (no header), in chunks; returns the rows whose lists must be patched. */
function writeCsv<T>(file: string, items: T[], toRow: (item: T) => Row, columns: Column[], sep: string): Row[] {
  const lists = columns.filter((c) => c.kind === 'string[]');
  const patches: Row[] = [];
  const fd = openSync(file, 'w');
  try {
    let buf = '';
    for (const item of items) {
      const row = toRow(item);
      if (needsPatch(row, lists)) patches.push(row);
      buf += columns.map((c) => cell(c, row[c.name], sep)).join(',') + '\n';
      if (buf.length > CHUNK) {
        writeSync(fd, buf);
        buf = '';
      }
    }
    if (buf) writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
  return patches;
}

/** Sets the list columns of a few rows through parameters; the first row types the batch (as in KuzuStore). */
async function patchLists(run: Run, text: string, keys: string[], lists: Column[], rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const pick = (r: Row) => Object.fromEntries([...keys, ...lists.map((c) => c.name)].map((k) => [k, r[k] ?? null]));
  const typing = Object.fromEntries([...keys.map((k) => [k, '']), ...lists.map((c) => [c.name, ['']])]);
  await run(text, { rows: [typing, ...rows.map(pick)] });
}

/** Loads `graph` into the (empty) Entity and Link tables through `run`, which executes one statement. */
export async function bulkLoad(run: Run, graph: GraphData, onProgress: (message: string) => void): Promise<void> {
  const { nodeColumns, relColumns } = bulk;
  const sep = chooseSeparator(
    graph,
    nodeColumns.filter((c) => c.kind === 'string[]'),
    relColumns.filter((c) => c.kind === 'string[]'),
  );
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bulk-'));
  try {
    const nodesFile = join(dir, 'nodes.csv');
    const edgesFile = join(dir, 'edges.csv');
    if (!SAFE_PATH.test(nodesFile)) throw new StoreError('INTERNAL', `bulk load: temporary folder ${dir} has characters COPY cannot take`);
    if (graph.nodes.length > 0) {
      const patches = writeCsv(nodesFile, graph.nodes, kuzuNodeRow, nodeColumns, sep);
      onProgress(`nodes ${graph.nodes.length} written, copying`);
      await run(bulk.copyNodes(nodesFile, sep));
      await patchLists(run, bulk.patchNodeLists(), ['id'], nodeColumns.filter((c) => c.kind === 'string[]'), patches);
      onProgress(`nodes ${graph.nodes.length}/${graph.nodes.length}`);
    }
    if (graph.edges.length > 0) {
      const patches = writeCsv(edgesFile, graph.edges, kuzuEdgeRow, relColumns, sep);
      onProgress(`relationships ${graph.edges.length} written, copying`);
      await run(bulk.copyEdges(edgesFile, sep));
      await patchLists(run, bulk.patchEdgeLists(), ['from', 'to', 'type'], relColumns.filter((c) => c.kind === 'string[]'), patches);
      onProgress(`relationships ${graph.edges.length}/${graph.edges.length}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
