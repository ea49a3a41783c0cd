/**
 * The whole graph, indexed by node and by relationship, read with one store call and kept per graph version.
 * The dashboard and the map aggregate over every node of a few types; reading the graph once is cheaper than
 * one call per chart, and never one per node (issue 9).
 */
import type { NodeType, RelType } from '../../../graph-schema/model.js';
import type { EdgeRecord, NodeRecord } from '../../../graph-schema/records.js';
import type { GraphStore } from '../store/GraphStore.js';
import { versionedCache } from './versionedCache.js';

export interface GraphSnapshot {
  /** Fingerprint of the graph version the snapshot was read at; derived caches key on it. */
  readonly version: string;
  /** Every node and relationship, frozen: the records are shared by every request that reads this version. */
  readonly nodes: readonly NodeRecord[];
  readonly edges: readonly EdgeRecord[];
  node(id: string): NodeRecord | undefined;
  /** Nodes of a type, in id order. */
  ofType(type: NodeType): readonly NodeRecord[];
  /** Relationships of a type leaving a node. */
  out(id: string, rel: RelType): readonly EdgeRecord[];
  /** Relationships of a type arriving at a node. */
  in(id: string, rel: RelType): readonly EdgeRecord[];
}

const NONE: readonly never[] = [];

/** A record and what it holds, frozen: a caller that changed a shared record would change every later answer. */
function freezeRecord<T extends NodeRecord | EdgeRecord>(r: T): T {
  for (const s of r.sources) Object.freeze(s);
  Object.freeze(r.sources);
  for (const v of Object.values(r.props)) if (Array.isArray(v)) Object.freeze(v);
  Object.freeze(r.props);
  return Object.freeze(r);
}

/**
 * One shared copy of each distinct value (by its JSON): many relationships cite the same passage and carry
 * the same empty properties, and each end is the node's own id string. At 1M relationships this removes
 * millions of small objects from the heap, which is what major garbage collections walk (issue 8).
 */
function sharing() {
  const pool = new Map<string, unknown>();
  return <T>(value: T): T => {
    const key = JSON.stringify(value);
    const hit = pool.get(key);
    if (hit !== undefined) return hit as T;
    pool.set(key, value);
    return value;
  };
}

export function buildSnapshot(version: string, nodes: readonly NodeRecord[], edges: readonly EdgeRecord[]): GraphSnapshot {
  const share = sharing();
  const idOf = new Map(nodes.map((n) => [n.id, n.id]));
  for (const n of nodes) if (!Object.isFrozen(n)) n.sources = share(n.sources);
  for (const e of edges) {
    if (Object.isFrozen(e)) continue;
    e.from = idOf.get(e.from) ?? e.from;
    e.to = idOf.get(e.to) ?? e.to;
    e.sources = share(e.sources);
    e.props = share(e.props);
  }
  for (const n of nodes) freezeRecord(n);
  for (const e of edges) freezeRecord(e);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const byType = new Map<NodeType, NodeRecord[]>();
  for (const n of [...nodes].sort((a, b) => a.id.localeCompare(b.id))) (byType.get(n.type) ?? byType.set(n.type, []).get(n.type)!).push(n);
  const outIndex = new Map<string, EdgeRecord[]>();
  const inIndex = new Map<string, EdgeRecord[]>();
  const add = (index: Map<string, EdgeRecord[]>, key: string, e: EdgeRecord) => (index.get(key) ?? index.set(key, []).get(key)!).push(e);
  for (const e of [...edges].sort((a, b) => a.id.localeCompare(b.id))) {
    add(outIndex, `${e.from}|${e.type}`, e);
    add(inIndex, `${e.to}|${e.type}`, e);
  }
  return {
    version,
    nodes,
    edges,
    node: (id) => byId.get(id),
    ofType: (type) => byType.get(type) ?? NONE,
    out: (id, rel) => outIndex.get(`${id}|${rel}`) ?? NONE,
    in: (id, rel) => inIndex.get(`${id}|${rel}`) ?? NONE,
  };
}

/** One whole-graph read per graph version, however many ask at once (seconds and gigabytes at 1M relationships). */
const snapshots = versionedCache<GraphSnapshot>(1);

export function graphSnapshot(store: GraphStore): Promise<GraphSnapshot> {
  return snapshots(store, 'graph', (version) => store.dump().then(({ nodes, edges }) => buildSnapshot(version, nodes, edges)));
}
