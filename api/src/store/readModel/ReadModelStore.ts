/**
 * A GraphStore that answers reads from memory (graphIndex) for the graph version it was built at, and sends
 * everything else, and every read while the model is being built, to the store it wraps (issue 8).
 *
 * Why: the curated graph is read far more than it is written, and the embedded engine costs 0.5–2 ms per
 * statement before any work, scans for `IN $ids` and has no substring index. The model is built from the
 * same whole-graph snapshot that compare, the planner and the dashboard already keep per version, so it
 * adds indexes, not a second copy of the records.
 *
 * Freshness: a version is the store's counts plus this process's write epoch (graphVersion). Every write
 * goes through this class, which moves the epoch, so the first read after a write no longer matches the
 * model and is answered by the store until the model for the new version is built.
 */
import type { EdgeRecord, GraphData, NodeRecord } from '../../../../graph-schema/records.js';
import { graphSnapshot } from '../../services/graphSnapshot.js';
import { bumpGraphEpoch, graphVersion } from '../../services/graphVersion.js';
import type { AuditRecord, ChangeMeta, EntityFilter, GraphStats, GraphStore, NeighbourQuery, Page, PathRecord } from '../GraphStore.js';
import { buildGraphIndex, type GraphIndex } from './graphIndex.js';

export interface ReadModelOptions {
  /** Graphs with more relationships are read from the store. */
  maxRelationships: number;
  /** Reads wait for the model instead of going to the store while it is built (tests: every answer from memory). */
  waitForModel?: boolean;
  /** How long a failed build is not retried. */
  retryAfterMs?: number;
  onEvent?: (message: string) => void;
}

interface Build {
  version: string;
  /** Undefined while building, after a failure, or when the graph is too large. */
  index?: GraphIndex;
  done: Promise<GraphIndex | undefined>;
  failedAt?: number;
}

export class ReadModelStore implements GraphStore {
  readonly engine: GraphStore['engine'];
  private build: Build | undefined;

  constructor(
    readonly inner: GraphStore,
    private readonly options: ReadModelOptions,
  ) {
    this.engine = inner.engine;
  }

  /** The model for the graph as it is now, or undefined (the store answers). Starts a build when needed. */
  private async model(): Promise<GraphIndex | undefined> {
    const version = await graphVersion(this);
    const retry = this.build?.failedAt !== undefined && Date.now() - this.build.failedAt > (this.options.retryAfterMs ?? 60_000);
    if (this.build?.version !== version || retry) this.build = this.startBuild(version);
    return this.build.index ?? (this.options.waitForModel ? this.build.done : undefined);
  }

  private startBuild(version: string): Build {
    const build: Build = { version, done: Promise.resolve(undefined) };
    const begun = Date.now();
    build.done = (async () => {
      const stats = await this.inner.stats();
      const relationships = Object.values(stats.edgesByType).reduce((a, b) => a + b, 0);
      if (relationships > this.options.maxRelationships) {
        this.options.onEvent?.(`read model: ${relationships} relationships is more than ${this.options.maxRelationships}; reads go to the store`);
        return undefined;
      }
      const snapshot = await graphSnapshot(this);
      if (snapshot.version !== version) return undefined;
      const index = buildGraphIndex(snapshot.nodes, snapshot.edges);
      build.index = index;
      this.options.onEvent?.(`read model: ${index.nodeCount} nodes, ${index.edgeCount} relationships in memory after ${Date.now() - begun} ms`);
      return index;
    })().catch((e: unknown) => {
      build.failedAt = Date.now();
      this.options.onEvent?.(`read model: build failed, reads go to the store: ${(e as Error)?.message ?? e}`);
      return undefined;
    });
    return build;
  }

  /** Resolves when reads of the current graph version are answered from memory (false: they go to the store). */
  async ready(): Promise<boolean> {
    await this.model();
    return (await this.build!.done) !== undefined;
  }

  async getNodes(ids: string[]): Promise<NodeRecord[]> {
    return (await this.model())?.getNodes(ids) ?? this.inner.getNodes(ids);
  }

  async search(text: string, filter: EntityFilter, offset: number, limit: number): Promise<Page<NodeRecord>> {
    return (await this.model())?.search(text, filter, offset, limit) ?? this.inner.search(text, filter, offset, limit);
  }

  async listEntities(filter: EntityFilter, offset: number, limit: number): Promise<Page<NodeRecord>> {
    return (await this.model())?.listEntities(filter, offset, limit) ?? this.inner.listEntities(filter, offset, limit);
  }

  async neighbours(query: NeighbourQuery): Promise<GraphData> {
    return (await this.model())?.neighbours(query) ?? this.inner.neighbours(query);
  }

  async degrees(ids: string[]): Promise<Map<string, number>> {
    return (await this.model())?.degrees(ids) ?? this.inner.degrees(ids);
  }

  async shortestPaths(from: string, to: string, maxLength: number, limit: number): Promise<PathRecord[]> {
    return (await this.model())?.shortestPaths(from, to, maxLength, limit) ?? this.inner.shortestPaths(from, to, maxLength, limit);
  }

  stats(): Promise<GraphStats> {
    return this.inner.stats();
  }

  dump(): Promise<GraphData> {
    return this.inner.dump();
  }

  auditLog(query: { entityId?: string }, offset: number, limit: number): Promise<Page<AuditRecord>> {
    return this.inner.auditLog(query, offset, limit);
  }

  /** Every write moves the epoch, whether it succeeded or not (a failed write may still have changed the store's counts cache). */
  private async written<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } finally {
      bumpGraphEpoch(this);
    }
  }

  replaceAll(graph: GraphData, onProgress?: (message: string) => void, meta?: ChangeMeta): Promise<void> {
    return this.written(this.inner.replaceAll(graph, onProgress, meta));
  }
  createNode(node: NodeRecord, meta: ChangeMeta): Promise<AuditRecord> {
    return this.written(this.inner.createNode(node, meta));
  }
  updateNode(node: NodeRecord, meta: ChangeMeta): Promise<AuditRecord> {
    return this.written(this.inner.updateNode(node, meta));
  }
  deleteNode(id: string, meta: ChangeMeta, options?: { detach?: boolean }): Promise<AuditRecord> {
    return this.written(this.inner.deleteNode(id, meta, options));
  }
  createEdge(edge: EdgeRecord, meta: ChangeMeta): Promise<AuditRecord> {
    return this.written(this.inner.createEdge(edge, meta));
  }
  deleteEdge(id: string, meta: ChangeMeta): Promise<AuditRecord> {
    return this.written(this.inner.deleteEdge(id, meta));
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
