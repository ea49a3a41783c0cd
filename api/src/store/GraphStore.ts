/** The one port the API talks to. Adapters: embedded/KuzuStore (default) and neo4j/Neo4jStore. */
import type { NodeType, RelType } from '../../../graph-schema/model.js';
import type { EdgeRecord, GraphData, NodeRecord } from '../../../graph-schema/records.js';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface EntityFilter {
  /** Only nodes of these types (all when empty or absent). */
  types?: NodeType[];
  /** Only nodes citing this document (a seed stem or Publication id). */
  sourceDoc?: string;
  /** Only nodes whose period overlaps [yearFrom, yearTo]; nodes without years pass. */
  yearFrom?: number;
  yearTo?: number;
}

export interface NeighbourQuery extends EntityFilter {
  ids: string[];
  relations?: RelType[];
  /** At most this many relationships are returned. */
  limit: number;
}

export interface PathRecord {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

/** Who makes a change, for the audit log: a curator's name, or the command that replaced the graph. */
export interface ChangeMeta {
  who: string;
}

export type AuditAction = 'CREATE_ENTITY' | 'UPDATE_ENTITY' | 'DELETE_ENTITY' | 'CREATE_RELATIONSHIP' | 'DELETE_RELATIONSHIP' | 'REPLACE_GRAPH';

/** What the audit log keeps of a state: the records themselves, or a summary for a whole-graph replacement. */
export type AuditState =
  | { kind: 'records'; nodes: NodeRecord[]; edges: EdgeRecord[] }
  | { kind: 'summary'; nodes: number; edges: number; graphHash: string | null };

/** One change, appended in the same transaction as the change itself. Never an `:Entity`. */
export interface AuditRecord {
  id: string;
  /** ISO 8601, UTC, strictly increasing within a process. */
  at: string;
  who: string;
  action: AuditAction;
  /** The entity id, the relationship id (from|TYPE|to), or `*` for a whole-graph replacement. */
  target: string;
  /** Entities the change touched (an entity, or a relationship's two ends), for `auditLog(entityId)`. */
  entityIds: string[];
  before: AuditState | null;
  after: AuditState | null;
}

export interface GraphStats {
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
}

export interface GraphStore {
  readonly engine: 'kuzu' | 'neo4j';
  /** Nodes by id, in no particular order; missing ids are left out. */
  getNodes(ids: string[]): Promise<NodeRecord[]>;
  /** Substring search over names and aliases (lower-cased); every whitespace-separated token must match. */
  search(text: string, filter: EntityFilter, offset: number, limit: number): Promise<Page<NodeRecord>>;
  listEntities(filter: EntityFilter, offset: number, limit: number): Promise<Page<NodeRecord>>;
  /** One level of neighbours of `ids`, both directions, with the joining relationships. */
  neighbours(query: NeighbourQuery): Promise<GraphData>;
  /** Number of relationships at each node. */
  degrees(ids: string[]): Promise<Map<string, number>>;
  /** Shortest paths between two nodes, up to maxLength relationships (1–6). */
  shortestPaths(from: string, to: string, maxLength: number, limit: number): Promise<PathRecord[]>;
  stats(): Promise<GraphStats>;
  /**
   * The whole graph, for analytics and export. Not bound by the per-query time limit (seconds at 1M
   * relationships): callers cache it per graph version (graphSnapshot, analytics) or run it from the CLI.
   */
  dump(): Promise<GraphData>;
  /**
   * Replaces the whole graph in one atomic step: afterwards the store holds exactly `graph`. The audit log
   * survives; with `meta`, a REPLACE_GRAPH entry is appended in the same step.
   */
  replaceAll(graph: GraphData, onProgress?: (message: string) => void, meta?: ChangeMeta): Promise<void>;

  // Curation: each call is one write transaction that checks, changes and appends its audit entry, or
  // changes nothing. Missing records raise StoreError NOT_FOUND, existing ones CONFLICT.
  /** Adds a node; CONFLICT when the id exists. */
  createNode(node: NodeRecord, meta: ChangeMeta): Promise<AuditRecord>;
  /** Replaces a node's sources and properties (its id and type stay); NOT_FOUND when missing. */
  updateNode(node: NodeRecord, meta: ChangeMeta): Promise<AuditRecord>;
  /** Deletes a node; CONFLICT when it has relationships, unless `detach` deletes them too. */
  deleteNode(id: string, meta: ChangeMeta, options?: { detach?: boolean }): Promise<AuditRecord>;
  /** Adds a relationship; NOT_FOUND when an end is missing, CONFLICT when it exists. */
  createEdge(edge: EdgeRecord, meta: ChangeMeta): Promise<AuditRecord>;
  /** Deletes a relationship by id (from|TYPE|to); NOT_FOUND when missing. */
  deleteEdge(id: string, meta: ChangeMeta): Promise<AuditRecord>;
  /** The audit log, newest first, optionally only the entries touching one entity. */
  auditLog(query: { entityId?: string }, offset: number, limit: number): Promise<Page<AuditRecord>>;
  close(): Promise<void>;
}
