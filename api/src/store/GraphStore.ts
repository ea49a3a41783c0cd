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
  /** The whole graph, for analytics and export. */
  dump(): Promise<GraphData>;
  /** Replaces the whole graph in one atomic step: afterwards the store holds exactly `graph`. */
  replaceAll(graph: GraphData, onProgress?: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}
