/**
 * GraphStore on a Neo4j server, cluster or Aura, as neo4j/graphql's Executor does it: one driver per
 * process, a session per call closed in `finally`, reads in executeRead, writes in executeWrite,
 * parameters only, driver values converted here (neo4jValues.ts) before they leave the adapter.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { NODE_COLUMNS, REL_COLUMNS } from '../../../../graph-schema/columns.js';
import type { NodeType, RelType } from '../../../../graph-schema/model.js';
import type { EdgeRecord, GraphData, NodeRecord, PropValue } from '../../../../graph-schema/records.js';
import { audit, curate, read, schema, write } from '../cypher/statements.js';
import { graphHash } from '../../../../graph-schema/graphHash.js';
import { auditToRow, newAuditRecord, parseEdgeId, rowToAudit } from '../auditRecords.js';
import type { AuditRecord, ChangeMeta, EntityFilter, GraphStats, GraphStore, NeighbourQuery, Page, PathRecord } from '../GraphStore.js';
import { collectNeighbours, filterParams, neighbourParams, searchParams } from '../queryParams.js';
import { edgeToRow, nodeToRow, rowToEdge, rowToNode } from '../recordMapping.js';
import { StoreError } from '../StoreError.js';
import { toStoreError } from './neo4jErrors.js';
import { toPlainRow, type PlainPath } from './neo4jValues.js';

export interface Neo4jStoreOptions {
  uri: string;
  username: string;
  password: string;
  /** Database name; the server's default database when absent. */
  database?: string;
  /** Every transaction is given this timeout (server-enforced) and fails with a TIMEOUT StoreError. */
  queryTimeoutMs?: number;
}

const BATCH = 5000;

type Row = Record<string, unknown>;
type Statement = readonly [text: string, params: Row];

/** Integer-kind columns go over the wire as Integers: a JS number would be stored as a float. */
const INT_COLUMNS = new Set([...NODE_COLUMNS, ...REL_COLUMNS].filter((c) => c.kind === 'int').map((c) => c.name));

function withIntegers(row: Record<string, PropValue>): Row {
  const out: Row = { ...row };
  for (const k of INT_COLUMNS) {
    const v = row[k];
    if (typeof v === 'number' && Number.isInteger(v)) out[k] = neo4j.int(v);
  }
  return out;
}

const records = (nodes: NodeRecord[], edges: EdgeRecord[]) => ({ kind: 'records' as const, nodes, edges });
const edgeOfRow = (r: Row) => rowToEdge(String(r.from), r.relType as RelType, String(r.to), r.r as Row);

/** SKIP and LIMIT need Cypher integers; a JS number arrives as a float and is refused. */
const count = (n: number) => neo4j.int(Math.max(0, Math.trunc(n)));

function groupBy<T, K extends string>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A converted driver Path → PathRecord; relationships keep their stored direction, whichever way the path walks them. */
export function pathToRecord(path: PlainPath): PathRecord {
  const idOf = new Map(path.nodes.map((n) => [n.elementId, String(n.properties.id)]));
  const endpoint = (elementId: string) => {
    const id = idOf.get(elementId);
    if (id === undefined) throw new Error(`path relationship ends at node ${elementId}, which is not on the path`);
    return id;
  };
  return {
    nodes: path.nodes.map((n) => rowToNode(n.properties)),
    edges: path.rels.map((r) => rowToEdge(endpoint(r.startNodeElementId), r.type as RelType, endpoint(r.endNodeElementId), r.properties)),
  };
}

export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;

  private constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jStoreOptions,
  ) {}

  /** Connects, checks the server answers, and creates the constraints and indexes (all IF NOT EXISTS). */
  static async open(options: Neo4jStoreOptions): Promise<Neo4jStore> {
    let driver: Driver;
    try {
      driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
        // Retries of transient failures stay within the same budget as one query.
        maxTransactionRetryTime: options.queryTimeoutMs ?? 30_000,
        userAgent: 'governance-atlas',
      });
    } catch (e) {
      throw toStoreError(e);
    }
    const store = new Neo4jStore(driver, options);
    try {
      await driver.verifyConnectivity(options.database ? { database: options.database } : {});
      // Neo4j does not let schema commands share a transaction with data statements; one transaction each.
      for (const ddl of schema.neo4j()) await store.write(async (tx) => void (await tx.run(ddl)));
    } catch (e) {
      await driver.close();
      throw toStoreError(e);
    }
    return store;
  }

  /** `unbounded`: no transaction timeout from us (the server's own db.transaction.timeout still applies); dumps only. */
  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, unbounded = false): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = this.options.queryTimeoutMs && !unbounded ? { timeout: this.options.queryTimeoutMs } : {};
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (e) {
      throw toStoreError(e);
    } finally {
      await session.close();
    }
  }

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  /** Runs the statements in one session and one read transaction, then converts every row to plain JS. */
  private read(...statements: Statement[]): Promise<Row[][]> {
    return this.readIn(false, statements);
  }

  private async readIn(unbounded: boolean, statements: Statement[]): Promise<Row[][]> {
    const raw = await this.session(
      'READ',
      async (tx) => {
        const out: Row[][] = [];
        for (const [text, params] of statements) out.push((await tx.run(text, params)).records.map((r) => r.toObject() as Row));
        return out;
      },
      unbounded,
    );
    try {
      return raw.map((rows) => rows.map(toPlainRow));
    } catch (e) {
      throw new StoreError('INTERNAL', 'Neo4j returned a value the store cannot represent', { cause: e });
    }
  }

  async getNodes(ids: string[]): Promise<NodeRecord[]> {
    if (ids.length === 0) return [];
    const [rows] = await this.read([read.nodesByIds('neo4j'), { ids }]);
    return rows.map((r) => rowToNode(r.n as Row));
  }

  async search(text: string, filter: EntityFilter, offset: number, limit: number): Promise<Page<NodeRecord>> {
    const params = searchParams(text, filter);
    if (params.tokens.length === 0) return { items: [], total: 0 };
    const [rows, total] = await this.read(
      [read.search('neo4j'), { ...params, skip: count(offset), limit: count(limit) }],
      [read.searchCount('neo4j'), params],
    );
    return { items: rows.map((r) => rowToNode(r.n as Row)), total: Number(total[0]?.total ?? 0) };
  }

  async listEntities(filter: EntityFilter, offset: number, limit: number): Promise<Page<NodeRecord>> {
    const params = filterParams(filter);
    const [rows, total] = await this.read(
      [read.entities('neo4j'), { ...params, skip: count(offset), limit: count(limit) }],
      [read.entitiesCount('neo4j'), params],
    );
    return { items: rows.map((r) => rowToNode(r.n as Row)), total: Number(total[0]?.total ?? 0) };
  }

  async neighbours(q: NeighbourQuery): Promise<GraphData> {
    if (q.ids.length === 0) return { nodes: [], edges: [] };
    const params = { ...neighbourParams(q), limit: count(q.limit) };
    const [out, inc] = await this.read([read.neighboursOut('neo4j'), params], [read.neighboursIn('neo4j'), params]);
    return collectNeighbours(out, inc, q.limit);
  }

  async degrees(ids: string[]): Promise<Map<string, number>> {
    const result = new Map(ids.map((id) => [id, 0]));
    if (ids.length === 0) return result;
    const [rows] = await this.read([read.degrees('neo4j'), { ids }]);
    for (const r of rows) result.set(String(r.id), Number(r.degree));
    return result;
  }

  async shortestPaths(from: string, to: string, maxLength: number, limit: number): Promise<PathRecord[]> {
    const text = read.shortestPaths('neo4j', maxLength);
    // Neo4j refuses allShortestPaths between a node and itself; there is no path to show anyway.
    if (from === to) return [];
    const [rows] = await this.read([text, { from, to, limit: count(limit) }]);
    return rows.map((r) => pathToRecord(r.p as unknown as PlainPath));
  }

  async stats(): Promise<GraphStats> {
    const [n, e] = await this.read([read.nodeCounts('neo4j'), {}], [read.edgeCounts('neo4j'), {}]);
    return {
      nodesByType: Object.fromEntries(n.map((r) => [String(r.type), Number(r.count)])),
      edgesByType: Object.fromEntries(e.map((r) => [String(r.type), Number(r.count)])),
    };
  }

  async dump(): Promise<GraphData> {
    const [n, e] = await this.readIn(true, [[read.dumpNodes('neo4j'), {}], [read.dumpEdges('neo4j'), {}]]);
    return {
      nodes: n.map((r) => rowToNode(r.n as Row)),
      edges: e.map((r) => rowToEdge(String(r.from), r.relType as RelType, String(r.to), r.r as Row)),
    };
  }

  /**
   * One write transaction: delete everything, then insert nodes per label and relationships per type in
   * batches. It commits whole or not at all. A transient failure makes the driver re-run the whole unit,
   * which is safe because it starts by deleting.
   */
  /**
   * One write transaction: delete every entity, then insert nodes per label and relationships per type in
   * batches (and, with `meta`, the REPLACE_GRAPH audit entry). It commits whole or not at all. A transient
   * failure makes the driver re-run the whole unit, which is safe because it starts by deleting. Audit
   * entries are not `:Entity` nodes, so the log survives.
   */
  async replaceAll(graph: GraphData, onProgress: (message: string) => void = () => {}, meta?: ChangeMeta): Promise<void> {
    const nodesByType = groupBy(graph.nodes, (n): NodeType => n.type);
    const edgesByType = groupBy(graph.edges, (e): RelType => e.type);
    const before = meta ? await this.stats() : undefined;
    await this.write(async (tx) => {
      await tx.run(write.deleteAll('neo4j'));
      for (const [type, nodes] of nodesByType) {
        const text = write.insertNodes('neo4j', type);
        for (let i = 0; i < nodes.length; i += BATCH) {
          await tx.run(text, { rows: nodes.slice(i, i + BATCH).map((n) => withIntegers(nodeToRow(n))) });
          onProgress(`${type} nodes ${Math.min(i + BATCH, nodes.length)}/${nodes.length}`);
        }
      }
      for (const [type, edges] of edgesByType) {
        const text = write.insertEdges('neo4j', type);
        for (let i = 0; i < edges.length; i += BATCH) {
          await tx.run(text, { rows: edges.slice(i, i + BATCH).map((e) => withIntegers(edgeToRow(e))) });
          onProgress(`${type} relationships ${Math.min(i + BATCH, edges.length)}/${edges.length}`);
        }
      }
      if (meta && before) {
        const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
        const entry = newAuditRecord(meta, 'REPLACE_GRAPH', '*', [], { kind: 'summary', nodes: sum(before.nodesByType), edges: sum(before.edgesByType), graphHash: null }, {
          kind: 'summary', nodes: graph.nodes.length, edges: graph.edges.length, graphHash: graphHash(graph),
        });
        await tx.run(audit.insert('neo4j'), { rows: [auditToRow(entry)] });
      }
    });
  }

  async auditLog(query: { entityId?: string }, offset: number, limit: number): Promise<Page<AuditRecord>> {
    const params = { entityId: query.entityId ?? null };
    const [rows, total] = await this.read([audit.list('neo4j'), { ...params, skip: count(offset), limit: count(limit) }], [audit.count('neo4j'), params]);
    return { items: rows.map((r) => rowToAudit(r.e as Row)), total: Number(total[0]?.total ?? 0) };
  }

  /**
   * One curation change in one write transaction: `work` checks and changes through `run`, then its audit
   * entry is written in the same transaction. A retry by the driver re-runs all of it.
   */
  private change(work: (run: (text: string, params: Row) => Promise<Row[]>) => Promise<AuditRecord>): Promise<AuditRecord> {
    return this.write(async (tx) => {
      const run = async (text: string, params: Row) => (await tx.run(text, params)).records.map((r) => toPlainRow(r.toObject() as Row) as Row);
      const entry = await work(run);
      await tx.run(audit.insert('neo4j'), { rows: [auditToRow(entry)] });
      return entry;
    });
  }

  private static async node(run: (text: string, params: Row) => Promise<Row[]>, id: string): Promise<NodeRecord | undefined> {
    const [row] = await run(read.nodesByIds('neo4j'), { ids: [id] });
    return row ? rowToNode(row.n as Row) : undefined;
  }

  createNode(node: NodeRecord, meta: ChangeMeta): Promise<AuditRecord> {
    return this.change(async (run) => {
      if (await Neo4jStore.node(run, node.id)) throw new StoreError('CONFLICT', `entity ${node.id} already exists`);
      await run(write.insertNodes('neo4j', node.type), { rows: [withIntegers(nodeToRow(node))] });
      return newAuditRecord(meta, 'CREATE_ENTITY', node.id, [node.id], null, records([node], []));
    });
  }

  updateNode(node: NodeRecord, meta: ChangeMeta): Promise<AuditRecord> {
    return this.change(async (run) => {
      const before = await Neo4jStore.node(run, node.id);
      if (!before) throw new StoreError('NOT_FOUND', `no entity with id ${node.id}`);
      await run(curate.updateNodes('neo4j'), { rows: [withIntegers(nodeToRow(node))] });
      return newAuditRecord(meta, 'UPDATE_ENTITY', node.id, [node.id], records([before], []), records([node], []));
    });
  }

  deleteNode(id: string, meta: ChangeMeta, options: { detach?: boolean } = {}): Promise<AuditRecord> {
    return this.change(async (run) => {
      const before = await Neo4jStore.node(run, id);
      if (!before) throw new StoreError('NOT_FOUND', `no entity with id ${id}`);
      const edges = (await run(curate.edgesAt('neo4j'), { id })).map(edgeOfRow);
      if (edges.length > 0 && !options.detach) {
        throw new StoreError('CONFLICT', `entity ${id} has ${edges.length} relationship(s); delete them first, or delete with detach`);
      }
      await run(curate.deleteNode('neo4j'), { id });
      return newAuditRecord(meta, 'DELETE_ENTITY', id, [id, ...edges.flatMap((e) => [e.from, e.to])], records([before], edges), null);
    });
  }

  createEdge(edge: EdgeRecord, meta: ChangeMeta): Promise<AuditRecord> {
    return this.change(async (run) => {
      for (const end of [edge.from, edge.to]) if (!(await Neo4jStore.node(run, end))) throw new StoreError('NOT_FOUND', `no entity with id ${end}`);
      if ((await run(curate.edgeByKey('neo4j'), { from: edge.from, to: edge.to, relType: edge.type })).length > 0) {
        throw new StoreError('CONFLICT', `relationship ${edge.id} already exists`);
      }
      await run(write.insertEdges('neo4j', edge.type), { rows: [withIntegers(edgeToRow(edge))] });
      return newAuditRecord(meta, 'CREATE_RELATIONSHIP', edge.id, [edge.from, edge.to], null, records([], [edge]));
    });
  }

  deleteEdge(id: string, meta: ChangeMeta): Promise<AuditRecord> {
    return this.change(async (run) => {
      const key = parseEdgeId(id);
      const [row] = key ? await run(curate.edgeByKey('neo4j'), { from: key.from, to: key.to, relType: key.type }) : [];
      if (!key || !row) throw new StoreError('NOT_FOUND', `no relationship with id ${id}`);
      await run(curate.deleteEdge('neo4j'), { from: key.from, to: key.to, relType: key.type });
      return newAuditRecord(meta, 'DELETE_RELATIONSHIP', id, [key.from, key.to], records([], [edgeOfRow(row)]), null);
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
