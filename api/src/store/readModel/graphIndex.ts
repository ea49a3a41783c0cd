/**
 * The graph's read queries answered from memory: the same answers, in the same order, as the Cypher in
 * store/cypher/statements.ts gives (the contract suite runs against both, and an equivalence test compares
 * them on the curated graph). Built once per graph version by ReadModelStore (issue 8: the embedded engine's
 * floor per statement is ~0.5–2 ms and it scans for `IN $ids` and substring search, so neighbourhoods,
 * paths and search at 1M relationships missed their budgets by 5–20x).
 *
 * Nodes are numbered in id order, so "ORDER BY id" is "ORDER BY number", and each node's relationships are
 * kept sorted by type and then by the other end, as the neighbour statements sort them.
 */
import { NODE_TYPE_NAMES, REL_TYPE_NAMES } from '../../../../graph-schema/model.js';
import type { EdgeRecord, GraphData, NodeRecord } from '../../../../graph-schema/records.js';
import type { EntityFilter, NeighbourQuery, Page, PathRecord } from '../GraphStore.js';
import { searchParams } from '../queryParams.js';
import { searchTextOf } from '../recordMapping.js';

/** Code-unit order, as Cypher's ORDER BY compares strings (localeCompare would not). */
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const nullableInt = (v: unknown): number | null => (typeof v === 'number' ? v : null);
/** Cypher's size() of a string counts characters, not UTF-16 units. */
const charCount = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

const NODE_TYPE_RANK = new Map([...NODE_TYPE_NAMES].sort(byString).map((t, i) => [t as string, i]));
const REL_TYPE_RANK = new Map([...REL_TYPE_NAMES].sort(byString).map((t, i) => [t as string, i]));

export interface GraphIndex {
  readonly nodeCount: number;
  readonly edgeCount: number;
  getNodes(ids: string[]): NodeRecord[];
  search(text: string, filter: EntityFilter, offset: number, limit: number): Page<NodeRecord>;
  listEntities(filter: EntityFilter, offset: number, limit: number): Page<NodeRecord>;
  neighbours(query: NeighbourQuery): GraphData;
  degrees(ids: string[]): Map<string, number>;
  shortestPaths(from: string, to: string, maxLength: number, limit: number): PathRecord[];
}

/** `nodes` and `edges` are kept, not copied: the caller must not change them afterwards (ReadModelStore freezes them). */
export function buildGraphIndex(nodes: readonly NodeRecord[], edges: readonly EdgeRecord[]): GraphIndex {
  const node = [...nodes].sort((a, b) => byString(a.id, b.id));
  const n = node.length;
  const numberOf = new Map(node.map((x, i) => [x.id, i]));

  // What the node filter and search read, per node number.
  const typeRank = Int8Array.from(node, (x) => NODE_TYPE_RANK.get(x.type) ?? -1);
  const docs = node.map((x) => new Set(x.sources.map((s) => s.doc)));
  const yearFrom = node.map((x) => nullableInt(x.props.yearFrom));
  // coalesce(yearTo, yearFrom): the end of a node's period.
  const yearEnd = node.map((x, i) => nullableInt(x.props.yearTo) ?? yearFrom[i]);
  const searchText = node.map(searchTextOf);
  const nameZh = node.map((x) => (typeof x.props.nameZh === 'string' ? x.props.nameZh : null));
  const nameEnLower = node.map((x) => (typeof x.props.nameEn === 'string' ? x.props.nameEn.toLowerCase() : null));
  const nameZhSize = nameZh.map((s) => (s === null ? Number.POSITIVE_INFINITY : charCount(s)));
  // listEntities' order: type name, then id.
  const byTypeThenId = Array.from({ length: n }, (_, i) => i).sort((a, b) => typeRank[a] - typeRank[b] || a - b);

  // Relationships, numbered in (type, other end) order per node: both directions in one CSR.
  const edge = [...edges];
  const m = edge.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const relRank = new Int8Array(m);
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const f = numberOf.get(edge[e].from);
    const t = numberOf.get(edge[e].to);
    if (f === undefined || t === undefined) throw new Error(`relationship ${edge[e].id} has an end that is not in the graph`);
    from[e] = f;
    to[e] = t;
    relRank[e] = REL_TYPE_RANK.get(edge[e].type) ?? -1;
    degree[f]++;
    degree[t]++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + degree[i];
  const fill = start.slice(0, n);
  // Each entry is a relationship number; a relationship appears at both ends (twice at one node for a loop).
  const adjacent = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    adjacent[fill[from[e]]++] = e;
    adjacent[fill[to[e]]++] = e;
  }
  const other = (e: number, at: number) => (from[e] === at ? to[e] : from[e]);
  for (let i = 0; i < n; i++) {
    const slice = adjacent.subarray(start[i], start[i + 1]);
    slice.sort((a, b) => relRank[a] - relRank[b] || other(a, i) - other(b, i) || from[a] - from[b]);
  }

  function passes(i: number, f: EntityFilter, types: Set<string> | null): boolean {
    if (types && !types.has(node[i].type)) return false;
    if (f.sourceDoc !== undefined && f.sourceDoc !== null && !docs[i].has(f.sourceDoc)) return false;
    if (f.yearTo !== undefined && f.yearTo !== null && yearFrom[i] !== null && yearFrom[i]! > f.yearTo) return false;
    if (f.yearFrom !== undefined && f.yearFrom !== null && yearEnd[i] !== null && yearEnd[i]! < f.yearFrom) return false;
    return true;
  }
  const typeSet = (f: EntityFilter) => (f.types?.length ? new Set<string>(f.types) : null);
  const page = (matches: number[], offset: number, limit: number): Page<NodeRecord> => ({
    items: matches.slice(offset, offset + limit).map((i) => node[i]),
    total: matches.length,
  });

  // Every pair of neighbouring characters (UTF-16 units) of each node's search text, with the nodes holding
  // it in ascending order: a token of two or more characters can only be in nodes that hold all its pairs,
  // so a search checks the nodes of its rarest pair instead of every node.
  const pairs = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const s = searchText[i];
    const seen = new Set<string>();
    for (let k = 0; k + 1 < s.length; k++) {
      const pair = s.slice(k, k + 2);
      if (seen.has(pair)) continue;
      seen.add(pair);
      const list = pairs.get(pair);
      if (list) list.push(i);
      else pairs.set(pair, [i]);
    }
  }
  const NONE: readonly number[] = [];
  /** The nodes that can match every token: the rarest pair's list, or null (check every node) for one-character tokens. */
  function candidates(tokens: string[]): readonly number[] | null {
    let best: readonly number[] | null = null;
    for (const t of tokens) {
      for (let k = 0; k + 1 < t.length; k++) {
        const list = pairs.get(t.slice(k, k + 2)) ?? NONE;
        if (best === null || list.length < best.length) best = list;
      }
    }
    return best;
  }

  // Search order (statements.ts SEARCH_RANK, then size(nameZh), then id) packed into one number per match when
  // node numbers fit in 21 bits: a numeric sort of 14,000 matches instead of a comparator.
  const PACKED = n <= 2 ** 21;
  function search(text: string, filter: EntityFilter, offset: number, limit: number): Page<NodeRecord> {
    const { tokens, raw, lower } = searchParams(text, filter);
    if (tokens.length === 0) return { items: [], total: 0 };
    const types = typeSet(filter);
    const matches: number[] = [];
    const test = (i: number) => {
      const s = searchText[i];
      for (const t of tokens) if (!s.includes(t)) return;
      if (passes(i, filter, types)) matches.push(i);
    };
    const some = candidates(tokens);
    if (some) for (const i of some) test(i);
    else for (let i = 0; i < n; i++) test(i);
    const rank = (i: number) => {
      const zh = nameZh[i];
      const en = nameEnLower[i];
      if (zh === raw || en === lower) return 0;
      if ((zh !== null && zh.startsWith(raw)) || (en !== null && en.startsWith(lower))) return 1;
      return 2;
    };
    if (PACKED) {
      const keys = Float64Array.from(matches, (i) => rank(i) * 2 ** 34 + Math.min(nameZhSize[i], 8191) * 2 ** 21 + i).sort();
      const items: NodeRecord[] = [];
      for (let k = offset; k < Math.min(keys.length, offset + limit); k++) items.push(node[keys[k] % 2 ** 21]);
      return { items, total: matches.length };
    }
    const ranks = new Map(matches.map((i) => [i, rank(i)]));
    matches.sort((a, b) => ranks.get(a)! - ranks.get(b)! || nameZhSize[a] - nameZhSize[b] || a - b);
    return page(matches, offset, limit);
  }

  function listEntities(filter: EntityFilter, offset: number, limit: number): Page<NodeRecord> {
    const types = typeSet(filter);
    return page(byTypeThenId.filter((i) => passes(i, filter, types)), offset, limit);
  }

  function neighbours(q: NeighbourQuery): GraphData {
    const anchors = [...new Set(q.ids.map((id) => numberOf.get(id)).filter((i) => i !== undefined))].sort((a, b) => a - b);
    const types = typeSet(q);
    const relations = q.relations?.length ? new Set<string>(q.relations) : null;
    // As the two statements: outgoing rows, then incoming rows, each ordered by anchor, type, neighbour id and cut at the limit.
    const rows = (outgoing: boolean) => {
      const found: { edge: number; neighbour: number }[] = [];
      for (const a of anchors) {
        for (let k = start[a]; k < start[a + 1] && found.length < q.limit; k++) {
          const e = adjacent[k];
          if ((outgoing ? from[e] : to[e]) !== a) continue;
          // A loop is listed twice at its node; the statements see it once per direction.
          if (from[e] === to[e] && k > start[a] && adjacent[k - 1] === e) continue;
          const nb = outgoing ? to[e] : from[e];
          if (relations && !relations.has(edge[e].type)) continue;
          if (!passes(nb, q, types)) continue;
          found.push({ edge: e, neighbour: nb });
        }
        if (found.length >= q.limit) break;
      }
      return found;
    };
    const nodesOut = new Map<string, NodeRecord>();
    const edgesOut = new Map<string, EdgeRecord>();
    for (const r of [...rows(true), ...rows(false)]) {
      nodesOut.set(node[r.neighbour].id, node[r.neighbour]);
      edgesOut.set(edge[r.edge].id, edge[r.edge]);
    }
    return { nodes: [...nodesOut.values()], edges: [...edgesOut.values()].slice(0, q.limit) };
  }

  function degrees(ids: string[]): Map<string, number> {
    const result = new Map(ids.map((id) => [id, 0]));
    for (const id of result.keys()) {
      const i = numberOf.get(id);
      if (i !== undefined) result.set(id, start[i + 1] - start[i]);
    }
    return result;
  }

  /**
   * Every shortest path (undirected) of 1..maxLength relationships, as `ALL SHORTEST` finds them; at most
   * `limit`, in order of node numbers along the path. Breadth-first from both ends, expanding the smaller
   * frontier, so a path of length 4 at mean degree 20 visits hundreds of nodes, not the graph.
   */
  function shortestPaths(fromId: string, toId: string, maxLength: number, limit: number): PathRecord[] {
    const s = numberOf.get(fromId);
    const t = numberOf.get(toId);
    if (s === undefined || t === undefined || s === t || limit <= 0) return [];
    const distS = new Map([[s, 0]]);
    const distT = new Map([[t, 0]]);
    let frontS = [s];
    let frontT = [t];
    let depthS = 0;
    let depthT = 0;
    let length = -1;
    while (frontS.length > 0 && frontT.length > 0 && depthS + depthT < maxLength) {
      const forward = frontS.length <= frontT.length;
      const [front, dist, otherDist] = forward ? [frontS, distS, distT] : [frontT, distT, distS];
      const depth = (forward ? depthS : depthT) + 1;
      const next: number[] = [];
      for (const u of front) {
        for (let k = start[u]; k < start[u + 1]; k++) {
          const v = other(adjacent[k], u);
          if (dist.has(v)) continue;
          dist.set(v, depth);
          next.push(v);
        }
      }
      if (forward) (frontS = next), (depthS = depth);
      else (frontT = next), (depthT = depth);
      let best = Number.POSITIVE_INFINITY;
      for (const v of next) {
        const d = otherDist.get(v);
        if (d !== undefined) best = Math.min(best, depth + d);
      }
      // Both sides' distances are exact up to their depths, so the first meeting is the shortest length.
      if (best !== Number.POSITIVE_INFINITY) {
        length = best;
        break;
      }
    }
    if (length < 0) return [];

    // A step to v at position p of the path is on a shortest path when dist(s, v) = p and dist(v, t) = length - p.
    // distS is exact up to depthS and distT up to depthT, and depthS + depthT >= length, so at every position
    // at least one of the two is known; a walk that passes only the first check is cut at a later position.
    const onShortest = (v: number, p: number) =>
      (p > depthS || distS.get(v) === p) && (length - p > depthT || distT.get(v) === length - p);
    const paths: PathRecord[] = [];
    const nodePath: number[] = [s];
    const edgePath: number[] = [];
    const walk = (u: number) => {
      const p = edgePath.length + 1;
      for (let k = start[u]; k < start[u + 1] && paths.length < limit; k++) {
        const e = adjacent[k];
        const v = other(e, u);
        if (!onShortest(v, p)) continue;
        nodePath.push(v);
        edgePath.push(e);
        if (p === length) paths.push({ nodes: nodePath.map((i) => node[i]), edges: edgePath.map((x) => edge[x]) });
        else walk(v);
        nodePath.pop();
        edgePath.pop();
      }
    };
    walk(s);
    return paths;
  }

  return {
    nodeCount: n,
    edgeCount: m,
    getNodes: (ids) => [...new Set(ids)].flatMap((id) => {
      const i = numberOf.get(id);
      return i === undefined ? [] : [node[i]];
    }),
    search,
    listEntities,
    neighbours,
    degrees,
    shortestPaths,
  };
}
