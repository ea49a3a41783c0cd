/** GraphStore on embedded Kuzu: one database file, a small pool of connections, atomic rebuilds. */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RelType } from '../../../../graph-schema/model.js';
import type { GraphData, NodeRecord } from '../../../../graph-schema/records.js';
import { NODE_COLUMNS, REL_COLUMNS, type Column } from '../../../../graph-schema/columns.js';
import { read, schema, write } from '../cypher/statements.js';
import type { EntityFilter, GraphStats, GraphStore, NeighbourQuery, Page, PathRecord } from '../GraphStore.js';
import { collectNeighbours, filterParams, neighbourParams, searchParams } from '../queryParams.js';
import { edgeToRow, nodeToRow, rowToEdge, rowToNode } from '../recordMapping.js';
import { StoreError } from '../StoreError.js';
import { Connection, Database, type KuzuConnection, type KuzuDatabase, type KuzuPrepared } from './kuzuEngine.js';

export interface KuzuStoreOptions {
  /** Database file; created (empty, with the schema) when missing. */
  path: string;
  readOnly?: boolean;
  /** Every query is cancelled after this long and fails with a TIMEOUT StoreError. */
  queryTimeoutMs?: number;
  /** Connections in the pool; queries on different connections run in parallel. */
  connections?: number;
}

const BATCH = 5000;

/**
 * Kuzu types a list-of-maps parameter from its values, and a field that is null in every row of a batch
 * gets no type at all (a runtime error). So each batch starts with one row holding a value of every
 * column's kind; its empty id and endpoints match nothing, so it is never written.
 */
function typingRow(columns: Column[], extra: Record<string, string>): Row {
  const sample = { string: '', int: 0, float: 0.5, 'string[]': [''] } as const;
  return { ...Object.fromEntries(columns.map((c) => [c.name, sample[c.kind]])), ...extra };
}
const NODE_TYPING_ROW = typingRow(NODE_COLUMNS, { id: '' });
const EDGE_TYPING_ROW = { from: '', to: '', ...typingRow(REL_COLUMNS, {}) };

/** Kuzu rejects parameters a statement does not use, so each call passes only the ones its text names. */
function paramsFor(text: string, params: Row): Row {
  return Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(text)));
}

type Row = Record<string, unknown>;

interface Handle {
  conn: KuzuConnection;
  prepared: Map<string, KuzuPrepared>;
}

function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (/interrupted|timeout/i.test(message)) return new StoreError('TIMEOUT', 'the query took too long', { cause: e });
  if (/lock/i.test(message)) return new StoreError('LOCKED', 'the embedded database is in use by another process', { cause: e });
  return new StoreError('INTERNAL', 'embedded database error', { cause: e });
}

/** Kuzu's node and rel values carry internal ids; this maps a path's rels back to our string ids. */
const internalKey = (v: unknown) => {
  const id = v as { offset: number; table: number };
  return `${id.table}:${id.offset}`;
};

export class KuzuStore implements GraphStore {
  readonly engine = 'kuzu' as const;
  private db!: KuzuDatabase;
  private handles: Handle[] = [];
  private next = 0;

  private constructor(private readonly options: KuzuStoreOptions) {}

  static async open(options: KuzuStoreOptions): Promise<KuzuStore> {
    const store = new KuzuStore(options);
    const fresh = !existsSync(options.path);
    if (fresh && options.readOnly) throw new StoreError('UNAVAILABLE', `no database at ${options.path}`);
    if (fresh) mkdirSync(dirname(options.path), { recursive: true });
    await store.openHandles();
    if (fresh) for (const ddl of schema.kuzu()) await store.run(ddl);
    return store;
  }

  /** True when the database file exists (a fresh machine has none until the first seed). */
  static exists(path: string): boolean {
    return existsSync(path);
  }

  private async openHandles(): Promise<void> {
    try {
      this.db = new Database(this.options.path, 0, true, this.options.readOnly ?? false);
      await this.db.init();
      const n = Math.max(1, this.options.connections ?? 4);
      for (let i = 0; i < n; i++) {
        const conn = new Connection(this.db);
        await conn.init();
        if (this.options.queryTimeoutMs) conn.setQueryTimeout(this.options.queryTimeoutMs);
        this.handles.push({ conn, prepared: new Map() });
      }
    } catch (e) {
      throw toStoreError(e);
    }
  }

  private async run(text: string, params: Row = {}, handle?: Handle): Promise<Row[]> {
    const h = handle ?? this.handles[this.next++ % this.handles.length];
    try {
      let stmt = h.prepared.get(text);
      if (!stmt) {
        stmt = await h.conn.prepare(text);
        if (!stmt.isSuccess()) throw new Error(stmt.getErrorMessage());
        h.prepared.set(text, stmt);
      }
      const result = await h.conn.execute(stmt, paramsFor(text, params) as never);
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      const rows = (await last.getAll()) as Row[];
      last.close();
      return rows;
    } catch (e) {
      throw toStoreError(e);
    }
  }

  async getNodes(ids: string[]): Promise<NodeRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.run(read.nodesByIds('kuzu'), { ids });
    return rows.map((r) => rowToNode(r.n as Row));
  }

  async search(text: string, filter: EntityFilter, offset: number, limit: number): Promise<Page<NodeRecord>> {
    const params = searchParams(text, filter);
    if (params.tokens.length === 0) return { items: [], total: 0 };
    const [rows, count] = await Promise.all([
      this.run(read.search('kuzu'), { ...params, skip: offset, limit }),
      this.run(read.searchCount('kuzu'), params),
    ]);
    return { items: rows.map((r) => rowToNode(r.n as Row)), total: Number(count[0]?.total ?? 0) };
  }

  async listEntities(filter: EntityFilter, offset: number, limit: number): Promise<Page<NodeRecord>> {
    const params = filterParams(filter);
    const [rows, count] = await Promise.all([
      this.run(read.entities('kuzu'), { ...params, skip: offset, limit }),
      this.run(read.entitiesCount('kuzu'), params),
    ]);
    return { items: rows.map((r) => rowToNode(r.n as Row)), total: Number(count[0]?.total ?? 0) };
  }

  async neighbours(q: NeighbourQuery): Promise<GraphData> {
    if (q.ids.length === 0) return { nodes: [], edges: [] };
    const params = { ...neighbourParams(q), limit: q.limit };
    const [out, inc] = await Promise.all([this.run(read.neighboursOut('kuzu'), params), this.run(read.neighboursIn('kuzu'), params)]);
    return collectNeighbours(out, inc, q.limit);
  }

  async degrees(ids: string[]): Promise<Map<string, number>> {
    const result = new Map(ids.map((id) => [id, 0]));
    if (ids.length === 0) return result;
    for (const r of await this.run(read.degrees('kuzu'), { ids })) result.set(String(r.id), Number(r.degree));
    return result;
  }

  async shortestPaths(from: string, to: string, maxLength: number, limit: number): Promise<PathRecord[]> {
    const rows = await this.run(read.shortestPaths('kuzu', maxLength), { from, to, limit });
    return rows.map((r) => {
      const rawNodes = r.pathNodes as Row[];
      const byInternal = new Map(rawNodes.map((n) => [internalKey(n._id), String(n.id)]));
      const edges = (r.pathRels as Row[]).map((rel) =>
        rowToEdge(byInternal.get(internalKey(rel._src))!, rel.type as RelType, byInternal.get(internalKey(rel._dst))!, rel),
      );
      return { nodes: rawNodes.map(rowToNode), edges };
    });
  }

  async stats(): Promise<GraphStats> {
    const [n, e] = await Promise.all([this.run(read.nodeCounts('kuzu')), this.run(read.edgeCounts('kuzu'))]);
    return {
      nodesByType: Object.fromEntries(n.map((r) => [String(r.type), Number(r.count)])),
      edgesByType: Object.fromEntries(e.map((r) => [String(r.type), Number(r.count)])),
    };
  }

  async dump(): Promise<GraphData> {
    const [n, e] = await Promise.all([this.run(read.dumpNodes('kuzu')), this.run(read.dumpEdges('kuzu'))]);
    return {
      nodes: n.map((r) => rowToNode(r.n as Row)),
      edges: e.map((r) => rowToEdge(String(r.from), r.relType as RelType, String(r.to), r.r as Row)),
    };
  }

  /**
   * Builds the new graph in a separate file and renames it over the old one: a rename is atomic, so a
   * crash or kill at any point leaves either the old graph or the new one, never a mixture.
   */
  async replaceAll(graph: GraphData, onProgress: (message: string) => void = () => {}): Promise<void> {
    if (this.options.readOnly) throw new StoreError('INTERNAL', 'the store is read-only');
    const tmp = `${this.options.path}.loading-${process.pid}`;
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.wal`, { force: true });
    const builder = await KuzuStore.open({ path: tmp, connections: 1 });
    try {
      const h = builder.handles[0];
      const nodeRows = graph.nodes.map(nodeToRow);
      for (let i = 0; i < nodeRows.length; i += BATCH) {
        await builder.run(write.insertNodes('kuzu'), { rows: [NODE_TYPING_ROW, ...nodeRows.slice(i, i + BATCH)] }, h);
        onProgress(`nodes ${Math.min(i + BATCH, nodeRows.length)}/${nodeRows.length}`);
      }
      const edgeRows = graph.edges.map(edgeToRow);
      for (let i = 0; i < edgeRows.length; i += BATCH) {
        await builder.run(write.insertEdges('kuzu'), { rows: [EDGE_TYPING_ROW, ...edgeRows.slice(i, i + BATCH)] }, h);
        onProgress(`relationships ${Math.min(i + BATCH, edgeRows.length)}/${edgeRows.length}`);
      }
      await builder.run('CHECKPOINT', {}, h);
    } finally {
      await builder.close();
    }
    await this.close();
    rmSync(`${this.options.path}.wal`, { force: true });
    renameSync(tmp, this.options.path);
    await this.openHandles();
  }

  async close(): Promise<void> {
    for (const h of this.handles) {
      for (const p of h.prepared.values()) (p as unknown as { close?: () => void }).close?.();
      await h.conn.close();
    }
    this.handles = [];
    if (this.db) await this.db.close();
  }
}
