/**
 * GraphStore on embedded Kuzu: one database file, pooled connections (KuzuPool: read-only transactions for
 * reads, one writer at a time), curation writes with their audit entries, atomic rebuilds.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { NODE_TYPE_NAMES, REL_TYPE_NAMES, type RelType } from '../../../../graph-schema/model.js';
import { graphHash } from '../../../../graph-schema/graphHash.js';
import type { EdgeRecord, GraphData, NodeRecord } from '../../../../graph-schema/records.js';
import type { Column } from '../../../../graph-schema/columns.js';
import { AUDIT_TABLE, KUZU_NODE_COLUMNS, KUZU_REL_COLUMNS, audit, curate, kuzuRead, read, schema, write, type ActiveFilters } from '../cypher/statements.js';
import { auditToRow, newAuditRecord, parseEdgeId, rowToAudit } from '../auditRecords.js';
import type { AuditRecord, ChangeMeta, EntityFilter, GraphStats, GraphStore, NeighbourQuery, Page, PathRecord } from '../GraphStore.js';
import { collectNeighbours, filterParams, neighbourParams, searchParams } from '../queryParams.js';
import { rowToEdge, rowToNode } from '../recordMapping.js';
import { StoreError } from '../StoreError.js';
import { KuzuPool, type Row, type Run } from './KuzuPool.js';
import { bulkLoad } from './kuzuBulkLoad.js';
import { expandRecord, kuzuEdgeRow, kuzuNodeRow } from './kuzuRows.js';

export interface KuzuStoreOptions {
  /** Database file; created (empty, with the schema) when missing. */
  path: string;
  readOnly?: boolean;
  /** Every query is cancelled after this long and fails with a TIMEOUT StoreError. */
  queryTimeoutMs?: number;
  /** Connections in the pool; queries on different connections run in parallel. */
  connections?: number;
  /** Threads one query may use (default 1: queries run side by side instead of one taking every core). */
  threadsPerQuery?: number;
}

const BATCH = 5000;
/**
 * Kuzu uses its primary-key index only for `id = $id` (~0.35 ms a lookup); `id IN $ids` compares every node's
 * id with every listed one (2 s for 1,000 ids over 100k nodes). Degrees are looked up one id at a time up to
 * this many; nodes, up to nodesOneByOne (beyond, a hash join over the table, issue 8).
 */
const FEW_IDS = 2000;
/** A hash join of the ids with the table costs ~0.3 µs a node (30 ms at 100k): the break-even id count. */
const nodesOneByOne = (nodeCount: number) => Math.max(64, Math.ceil(nodeCount / 1000));

/** The parts of a filter in use; "every type" is no type filter. */
const activeFilters = (f: EntityFilter): ActiveFilters => ({
  types: !!f.types?.length && new Set(f.types).size < NODE_TYPE_NAMES.length,
  sourceDoc: f.sourceDoc !== undefined && f.sourceDoc !== null,
  yearFrom: f.yearFrom !== undefined && f.yearFrom !== null,
  yearTo: f.yearTo !== undefined && f.yearTo !== null,
});

/**
 * Kuzu types a list-of-maps parameter from its values, and a field that is null in every row of a batch
 * gets no type at all (a runtime error). So each batch starts with one row holding a value of every
 * column's kind; its empty id and endpoints match nothing, so it is never written.
 */
function typingRow(columns: Column[], extra: Record<string, string>): Row {
  const sample = { string: '', int: 0, float: 0.5, 'string[]': [''] } as const;
  return { ...Object.fromEntries(columns.map((c) => [c.name, sample[c.kind]])), ...extra };
}
const NODE_TYPING_ROW = typingRow(KUZU_NODE_COLUMNS, { id: '' });
const EDGE_TYPING_ROW = { from: '', to: '', ...typingRow(KUZU_REL_COLUMNS, {}) };
const AUDIT_TYPING_ROW = typingRow(AUDIT_TABLE, { id: '' });

/** Kuzu's node and rel values carry internal ids; this maps a path's rels back to our string ids. */
const internalKey = (v: unknown) => {
  const id = v as { offset: number; table: number };
  return `${id.table}:${id.offset}`;
};

const records = (nodes: NodeRecord[], edges: EdgeRecord[]) => ({ kind: 'records' as const, nodes, edges });
const edgeOfRow = (r: Row) => rowToEdge(String(r.from), r.relType as RelType, String(r.to), expandRecord(r.r));
const nodeOfRow = (r: Row) => rowToNode(expandRecord(r.n));
/** Neighbour rows with their `record` columns unpacked, for the shared collectNeighbours. */
const expandRows = (rows: Row[]) => rows.map((r) => ({ ...r, n: expandRecord(r.n), r: expandRecord(r.r) }));

/** Build files of rebuilds whose process is gone (killed mid-import): `<file>.loading-<pid>[.wal]`. */
function staleBuilds(path: string): string[] {
  const dir = dirname(path);
  const prefix = `${basename(path)}.loading-`;
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix))
    .filter((f) => {
      const pid = Number(f.slice(prefix.length).split('.')[0]);
      return Number.isInteger(pid) && pid !== process.pid && !alive(pid);
    })
    .map((f) => join(dir, f));
}

export class KuzuStore implements GraphStore {
  readonly engine = 'kuzu' as const;

  private statsCache: { generation: number; value: Promise<GraphStats> } | undefined;

  private constructor(
    private readonly options: KuzuStoreOptions,
    private readonly pool: KuzuPool,
  ) {}

  static async open(options: KuzuStoreOptions): Promise<KuzuStore> {
    const fresh = !existsSync(options.path);
    if (fresh && options.readOnly) throw new StoreError('UNAVAILABLE', `no database at ${options.path}`);
    if (fresh) mkdirSync(dirname(options.path), { recursive: true });
    const pool = await KuzuPool.open({
      path: options.path,
      readOnly: options.readOnly ?? false,
      queryTimeoutMs: options.queryTimeoutMs,
      connections: options.connections ?? 4,
      threadsPerQuery: options.threadsPerQuery ?? 1,
    });
    // Every DDL statement is IF NOT EXISTS: a file from before the audit log gains its table here.
    if (!options.readOnly) {
      try {
        for (const ddl of schema.kuzu()) await pool.direct([ddl, {}]);
      } catch (e) {
        await pool.close();
        throw e;
      }
    }
    const store = new KuzuStore(options, pool);
    try {
      await store.upgradeLegacyFile();
    } catch (e) {
      await pool.close();
      throw e;
    }
    return store;
  }

  /** A file from before the `record` column (issue 8) is rebuilt with it once; read-only, it is refused. */
  private async upgradeLegacyFile(): Promise<void> {
    const [columns] = await this.pool.read([kuzuRead.entityColumns(), {}]);
    if (columns.some((c) => c.name === 'record')) return;
    if (this.options.readOnly) {
      throw new StoreError('UNAVAILABLE', `${this.options.path} is from an older version of the store: open it once writable (start the server, or npm run seed) to upgrade it`);
    }
    const [n, e] = await this.pool.read([kuzuRead.legacyDumpNodes(), {}], [kuzuRead.legacyDumpEdges(), {}]);
    await this.replaceAll({ nodes: n.map(nodeOfRow), edges: e.map(edgeOfRow) });
  }

  /** True when the database file exists (a fresh machine has none until the first seed). */
  static exists(path: string): boolean {
    return existsSync(path);
  }

  private async one(text: string, params: Row): Promise<Row[]> {
    const [rows] = await this.pool.read([text, params]);
    return rows;
  }

  async getNodes(ids: string[]): Promise<NodeRecord[]> {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    const rows =
      unique.length <= nodesOneByOne(await this.nodeCount())
        ? (await this.pool.read(...unique.map((id) => [read.nodeById('kuzu'), { id }] as const))).flat()
        : await this.one(read.nodesByIds('kuzu'), { ids: unique });
    return rows.map(nodeOfRow);
  }

  async search(text: string, filter: EntityFilter, offset: number, limit: number): Promise<Page<NodeRecord>> {
    const params = searchParams(text, filter);
    if (params.tokens.length === 0) return { items: [], total: 0 };
    // Ids first, then the page's nodes by primary key (see kuzuRead); tokens as $t0, $t1, … (SEARCH_TOKENS).
    const tokens = { ...params, ...Object.fromEntries(params.tokens.map((t, i) => [`t${i}`, t])) };
    const n = params.tokens.length;
    const active = activeFilters(filter);
    const [rows, count] = await this.pool.read([kuzuRead.searchIds(n, active), { ...tokens, skip: offset, limit }], [kuzuRead.searchCount(n, active), tokens]);
    return { items: await this.inOrder(rows.map((r) => String(r.id))), total: Number(count[0]?.total ?? 0) };
  }

  async listEntities(filter: EntityFilter, offset: number, limit: number): Promise<Page<NodeRecord>> {
    const params = filterParams(filter);
    const active = activeFilters(filter);
    const [rows, count] = await this.pool.read([kuzuRead.entityIds(active), { ...params, skip: offset, limit }], [kuzuRead.entitiesCount(active), params]);
    return { items: await this.inOrder(rows.map((r) => String(r.id))), total: Number(count[0]?.total ?? 0) };
  }

  /** Nodes in the order of `ids` (a page found by id first); one deleted in between is left out. */
  private async inOrder(ids: string[]): Promise<NodeRecord[]> {
    const byId = new Map((await this.getNodes(ids)).map((n) => [n.id, n]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async neighbours(q: NeighbourQuery): Promise<GraphData> {
    if (q.ids.length === 0) return { nodes: [], edges: [] };
    const params = { ...neighbourParams(q), limit: q.limit, id: q.ids[0] };
    const one = q.ids.length === 1;
    const active = { ...activeFilters(q), relations: !!q.relations?.length && new Set(q.relations).size < REL_TYPE_NAMES.length };
    const [out, inc] = await this.pool.read([kuzuRead.neighbours('->', one, active), params], [kuzuRead.neighbours('<-', one, active), params]);
    return collectNeighbours(expandRows(out), expandRows(inc), q.limit);
  }

  async degrees(ids: string[]): Promise<Map<string, number>> {
    const result = new Map(ids.map((id) => [id, 0]));
    if (ids.length === 0) return result;
    const rows =
      ids.length <= FEW_IDS
        ? (await this.pool.read(...[...result.keys()].map((id) => [read.degreeOf('kuzu'), { id }] as const))).flat()
        : await this.one(read.degrees('kuzu'), { ids });
    for (const r of rows) result.set(String(r.id), Number(r.degree));
    return result;
  }

  async shortestPaths(from: string, to: string, maxLength: number, limit: number): Promise<PathRecord[]> {
    const rows = await this.one(read.shortestPaths('kuzu', maxLength), { from, to, limit });
    return rows.map((r) => {
      const rawNodes = r.pathNodes as Row[];
      const byInternal = new Map(rawNodes.map((n) => [internalKey(n._id), String(n.id)]));
      const edges = (r.pathRels as Row[]).map((rel) =>
        rowToEdge(byInternal.get(internalKey(rel._src))!, rel.type as RelType, byInternal.get(internalKey(rel._dst))!, rel),
      );
      return { nodes: rawNodes.map(rowToNode), edges };
    });
  }

  /**
   * Counts, kept until the next write in this process (issue 8): callers such as graphVersion ask on every
   * request, and counting 1M relationships by type takes ~40 ms. Only this process can write the file (Kuzu
   * locks it), and every write goes through the pool, which counts them.
   */
  async stats(): Promise<GraphStats> {
    const generation = this.pool.generation;
    if (this.statsCache?.generation !== generation) {
      // Frozen, so every caller can be handed the same object (graphVersion reuses its fingerprint while it is).
      const value = this.pool.read([read.nodeCounts('kuzu'), {}], [read.edgeCounts('kuzu'), {}]).then(([n, e]) =>
        Object.freeze({
          nodesByType: Object.freeze(Object.fromEntries(n.map((r) => [String(r.type), Number(r.count)]))),
          edgesByType: Object.freeze(Object.fromEntries(e.map((r) => [String(r.type), Number(r.count)]))),
        }),
      );
      this.statsCache = { generation, value };
      value.catch(() => {
        if (this.statsCache?.value === value) this.statsCache = undefined;
      });
    }
    return this.statsCache!.value;
  }

  private async nodeCount(): Promise<number> {
    return Object.values((await this.stats()).nodesByType).reduce((a, b) => a + b, 0);
  }

  async dump(): Promise<GraphData> {
    const [n, e] = await this.pool.readUnbounded([read.dumpNodes('kuzu'), {}], [read.dumpEdges('kuzu'), {}]);
    return { nodes: n.map(nodeOfRow), edges: e.map(edgeOfRow) };
  }

  async auditLog(query: { entityId?: string }, offset: number, limit: number): Promise<Page<AuditRecord>> {
    const params = { entityId: query.entityId ?? null };
    const [rows, count] = await this.pool.read([audit.list('kuzu'), { ...params, skip: offset, limit }], [audit.count('kuzu'), params]);
    return { items: rows.map((r) => rowToAudit(r.e as Row)), total: Number(count[0]?.total ?? 0) };
  }

  // Curation: each method is one write transaction (KuzuPool.write) that checks, changes and logs.

  private static async node(run: Run, id: string): Promise<NodeRecord | undefined> {
    const [row] = await run(read.nodeById('kuzu'), { id });
    return row ? nodeOfRow(row) : undefined;
  }

  private static async log(run: Run, entry: AuditRecord): Promise<AuditRecord> {
    await run(audit.insert('kuzu'), { rows: [AUDIT_TYPING_ROW, auditToRow(entry)] });
    return entry;
  }

  createNode(node: NodeRecord, meta: ChangeMeta): Promise<AuditRecord> {
    return this.pool.write(async (run) => {
      if (await KuzuStore.node(run, node.id)) throw new StoreError('CONFLICT', `entity ${node.id} already exists`);
      await run(write.insertNodes('kuzu'), { rows: [NODE_TYPING_ROW, kuzuNodeRow(node)] });
      return KuzuStore.log(run, newAuditRecord(meta, 'CREATE_ENTITY', node.id, [node.id], null, records([node], [])));
    });
  }

  updateNode(node: NodeRecord, meta: ChangeMeta): Promise<AuditRecord> {
    return this.pool.write(async (run) => {
      const before = await KuzuStore.node(run, node.id);
      if (!before) throw new StoreError('NOT_FOUND', `no entity with id ${node.id}`);
      await run(curate.updateNodes('kuzu'), { rows: [NODE_TYPING_ROW, kuzuNodeRow(node)] });
      return KuzuStore.log(run, newAuditRecord(meta, 'UPDATE_ENTITY', node.id, [node.id], records([before], []), records([node], [])));
    });
  }

  deleteNode(id: string, meta: ChangeMeta, options: { detach?: boolean } = {}): Promise<AuditRecord> {
    return this.pool.write(async (run) => {
      const before = await KuzuStore.node(run, id);
      if (!before) throw new StoreError('NOT_FOUND', `no entity with id ${id}`);
      const edges = (await run(curate.edgesAt('kuzu'), { id })).map(edgeOfRow);
      if (edges.length > 0 && !options.detach) {
        throw new StoreError('CONFLICT', `entity ${id} has ${edges.length} relationship(s); delete them first, or delete with detach`);
      }
      await run(curate.deleteNode('kuzu'), { id });
      const touched = [id, ...edges.flatMap((e) => [e.from, e.to])];
      return KuzuStore.log(run, newAuditRecord(meta, 'DELETE_ENTITY', id, touched, records([before], edges), null));
    });
  }

  createEdge(edge: EdgeRecord, meta: ChangeMeta): Promise<AuditRecord> {
    return this.pool.write(async (run) => {
      for (const end of [edge.from, edge.to]) if (!(await KuzuStore.node(run, end))) throw new StoreError('NOT_FOUND', `no entity with id ${end}`);
      const key = { from: edge.from, to: edge.to, relType: edge.type };
      if ((await run(curate.edgeByKey('kuzu'), key)).length > 0) throw new StoreError('CONFLICT', `relationship ${edge.id} already exists`);
      await run(write.insertEdges('kuzu'), { rows: [EDGE_TYPING_ROW, kuzuEdgeRow(edge)] });
      return KuzuStore.log(run, newAuditRecord(meta, 'CREATE_RELATIONSHIP', edge.id, [edge.from, edge.to], null, records([], [edge])));
    });
  }

  deleteEdge(id: string, meta: ChangeMeta): Promise<AuditRecord> {
    return this.pool.write(async (run) => {
      const key = parseEdgeId(id);
      const [row] = key ? await run(curate.edgeByKey('kuzu'), { from: key.from, to: key.to, relType: key.type }) : [];
      if (!key || !row) throw new StoreError('NOT_FOUND', `no relationship with id ${id}`);
      const before = edgeOfRow(row);
      await run(curate.deleteEdge('kuzu'), { from: key.from, to: key.to, relType: key.type });
      return KuzuStore.log(run, newAuditRecord(meta, 'DELETE_RELATIONSHIP', id, [key.from, key.to], records([], [before]), null));
    });
  }

  /**
   * Builds the new graph in a separate file and renames it over the old one: a rename is atomic, so a
   * crash or kill at any point leaves either the old graph or the new one, never a mixture. The audit log
   * is copied into the new file (plus the REPLACE_GRAPH entry); the write lock is held throughout, so no
   * curator change can slip in between the copy and the rename.
   */
  replaceAll(graph: GraphData, onProgress: (message: string) => void = () => {}, meta?: ChangeMeta): Promise<void> {
    if (this.options.readOnly) return Promise.reject(new StoreError('INTERNAL', 'the store is read-only'));
    return this.pool.serialized(async () => {
      for (const f of staleBuilds(this.options.path)) rmSync(f, { force: true });
      const tmp = `${this.options.path}.loading-${process.pid}`;
      rmSync(tmp, { force: true });
      rmSync(`${tmp}.wal`, { force: true });
      const [logRows] = await this.pool.read([audit.all('kuzu'), {}]);
      const log = logRows.map((r) => rowToAudit(r.e as Row));
      if (meta) {
        const s = await this.stats();
        const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
        log.push(
          newAuditRecord(meta, 'REPLACE_GRAPH', '*', [], { kind: 'summary', nodes: sum(s.nodesByType), edges: sum(s.edgesByType), graphHash: null }, {
            kind: 'summary', nodes: graph.nodes.length, edges: graph.edges.length, graphHash: graphHash(graph),
          }),
        );
      }
      const builder = await KuzuPool.open({ path: tmp, readOnly: false, connections: 1 });
      try {
        for (const ddl of schema.kuzu()) await builder.direct([ddl, {}]);
        const batches = async (label: string, text: string, typing: Row, rows: Row[]) => {
          for (let i = 0; i < rows.length; i += BATCH) {
            await builder.direct([text, { rows: [typing, ...rows.slice(i, i + BATCH)] }]);
            if (label) onProgress(`${label} ${Math.min(i + BATCH, rows.length)}/${rows.length}`);
          }
        };
        // One COPY per table from CSV: row-by-row parameters took over an hour for 1M relationships (issue 8).
        await bulkLoad((text, params = {}) => builder.direct([text, params]), graph, onProgress);
        await batches('', audit.insert('kuzu'), AUDIT_TYPING_ROW, log.map(auditToRow));
        await builder.direct(['CHECKPOINT', {}]);
      } finally {
        await builder.close();
      }
      await this.pool.swap(() => {
        rmSync(`${this.options.path}.wal`, { force: true });
        renameSync(tmp, this.options.path);
      });
    });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
