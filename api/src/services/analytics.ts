/**
 * analytics: degree, betweenness, PageRank and Louvain communities with graphology's maintained
 * implementations. Results are cached per graph version and seeded, so the same graph gives the same answer.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { NodeType } from '../../../graph-schema/model.js';
import { BadUserInputError } from '../errors.js';
import type { GraphData } from '../../../graph-schema/records.js';
import type { GraphStore } from '../store/GraphStore.js';
import { versionedCache } from './versionedCache.js';

/** Exact betweenness is O(V·E); past this many nodes it is left out rather than approximated silently. */
export const BETWEENNESS_MAX_NODES = 20_000;
export const MAX_SCOPE_IDS = 5_000;

export interface NodeMetricsResult {
  id: string;
  degree: number;
  betweenness: number | null;
  pagerank: number;
  community: number;
}

export interface CommunityResult {
  id: number;
  size: number;
  /** Members, most central (PageRank) first. */
  members: string[];
}

export interface AnalyticsResult {
  nodes: NodeMetricsResult[];
  communities: CommunityResult[];
  modularity: number;
  betweennessComputed: boolean;
  nodeCount: number;
  edgeCount: number;
}

export interface AnalyticsScope {
  ids?: string[] | null;
  types?: NodeType[] | null;
}

/** mulberry32: a small seeded generator, so Louvain's random choices repeat exactly. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Answers per graph version; scopes are chosen by requests, so only the latest few are kept. */
const answers = versionedCache<AnalyticsResult>(16);

/** Rows one scoped read may return: the sum of the scope's degrees, bounded (5,000 ids × a mean degree of 20 is 100k). */
const SCOPE_ROWS = 2_000_000;

/**
 * The graph analytics runs on. A scope of ids reads those nodes and the relationships among them (one
 * neighbours call, never the whole graph: a dump takes seconds at 1M relationships, issue 8); otherwise the
 * whole graph.
 */
async function graphFor(store: GraphStore, scopeIds: string[] | null): Promise<GraphData> {
  if (!scopeIds) return store.dump();
  const wanted = [...new Set(scopeIds)];
  if (wanted.length === 0) return { nodes: [], edges: [] };
  const [nodes, around] = await Promise.all([store.getNodes(wanted), store.neighbours({ ids: wanted, relations: [], limit: SCOPE_ROWS })]);
  const inScope = new Set(wanted);
  return { nodes, edges: around.edges.filter((e) => inScope.has(e.from) && inScope.has(e.to)) };
}

export async function computeAnalytics(store: GraphStore, scope: AnalyticsScope | null | undefined): Promise<AnalyticsResult> {
  if (scope?.ids && scope.ids.length > MAX_SCOPE_IDS) throw new BadUserInputError(`a scope may name at most ${MAX_SCOPE_IDS} ids`, 'scope');
  const key = JSON.stringify([[...(scope?.ids ?? [])].sort(), [...(scope?.types ?? [])].sort()]);
  return answers(store, key, () => graphFor(store, scope?.ids ?? null).then((graph) => analyse(graph, scope)));
}

function analyse(dump: GraphData, scope: AnalyticsScope | null | undefined): AnalyticsResult {
  const ids = scope?.ids ? new Set(scope.ids) : null;
  const types = scope?.types?.length ? new Set(scope.types) : null;
  const keep = dump.nodes.filter((n) => (!ids || ids.has(n.id)) && (!types || types.has(n.type))).map((n) => n.id).sort();
  const undirected = new Graph({ type: 'undirected', multi: false });
  const directed = new Graph({ type: 'directed', multi: false });
  for (const id of keep) {
    undirected.addNode(id);
    directed.addNode(id);
  }
  const edges = [...dump.edges].sort((a, b) => a.id.localeCompare(b.id));
  for (const e of edges) {
    if (!undirected.hasNode(e.from) || !undirected.hasNode(e.to) || e.from === e.to) continue;
    if (!undirected.hasEdge(e.from, e.to)) undirected.addEdge(e.from, e.to);
    if (!directed.hasEdge(e.from, e.to)) directed.addEdge(e.from, e.to);
  }

  const withBetweenness = undirected.order <= BETWEENNESS_MAX_NODES;
  const between = withBetweenness && undirected.order > 2 ? betweenness(undirected, { normalized: true }) : {};
  const ranks = directed.order > 0 ? pagerank(directed, { getEdgeWeight: null }) : {};
  const detailed = undirected.size > 0 ? louvain.detailed(undirected, { rng: seededRandom(42) }) : null;
  const communityOf = (id: string) => detailed?.communities[id] ?? 0;

  const nodes: NodeMetricsResult[] = keep.map((id) => ({
    id,
    degree: undirected.degree(id),
    betweenness: withBetweenness ? (between[id] ?? 0) : null,
    pagerank: ranks[id] ?? 0,
    community: communityOf(id),
  }));
  nodes.sort((a, b) => b.pagerank - a.pagerank || a.id.localeCompare(b.id));
  const groups = new Map<number, string[]>();
  for (const n of nodes) groups.set(n.community, [...(groups.get(n.community) ?? []), n.id]);
  const result: AnalyticsResult = {
    nodes,
    communities: [...groups].map(([id, members]) => ({ id, size: members.length, members })).sort((a, b) => b.size - a.size || a.id - b.id),
    modularity: detailed?.modularity ?? 0,
    betweennessComputed: withBetweenness,
    nodeCount: undirected.order,
    edgeCount: undirected.size,
  };
  return result;
}
