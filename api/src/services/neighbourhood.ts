/**
 * neighbourhood: breadth-first, one store call per level (never per node), capped. Nodes come in a stable
 * order (by level, then as the store sorts them), so `after` can page through a large neighbourhood.
 */
import type { NodeType, RelType } from '../../../graph-schema/model.js';
import type { EdgeRecord, NodeRecord } from '../../../graph-schema/records.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { checkFirst, decodeCursor, encodeCursor } from './pagination.js';

export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURHOOD = 1000;
/** Rows one level may read: enough for the nodes still wanted plus the edges among them, bounded. */
const rowsFor = (wanted: number) => Math.min(20_000, Math.max(200, wanted * 4));

export interface NeighbourhoodArgs {
  id: string;
  depth?: number | null;
  types?: NodeType[] | null;
  relations?: RelType[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  limit?: number | null;
  after?: string | null;
}

export interface NeighbourhoodResult {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  truncated: boolean;
  nextCursor: string | null;
}

export async function neighbourhood(store: GraphStore, args: NeighbourhoodArgs): Promise<NeighbourhoodResult> {
  const depth = args.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new BadUserInputError(`depth must be from 1 to ${MAX_DEPTH}`, 'depth');
  const limit = checkFirst(args.limit, 100, MAX_NEIGHBOURHOOD, 'limit');
  const offset = decodeCursor(args.after);
  const [root] = await store.getNodes([args.id]);
  if (!root) throw new NotFoundError(`no entity with id ${args.id}`);

  // Everything up to the end of this page, plus one more node to know whether there is a next page.
  const wanted = offset + limit + 1;
  const order: NodeRecord[] = [root];
  const seen = new Set([root.id]);
  const edges = new Map<string, EdgeRecord>();
  let frontier = [root.id];
  let cut = false;
  for (let level = 1; level <= depth && frontier.length > 0 && order.length < wanted; level++) {
    const rows = rowsFor(wanted - order.length + frontier.length);
    const sub = await store.neighbours({
      ids: frontier,
      types: args.types ?? [],
      relations: args.relations ?? [],
      yearFrom: args.yearFrom ?? undefined,
      yearTo: args.yearTo ?? undefined,
      limit: rows,
    });
    if (sub.edges.length >= rows) cut = true;
    const next: string[] = [];
    for (const n of sub.nodes) {
      if (seen.has(n.id) || order.length >= wanted) continue;
      seen.add(n.id);
      order.push(n);
      next.push(n.id);
    }
    for (const e of sub.edges) edges.set(e.id, e);
    frontier = next;
  }

  const hasMore = order.length > offset + limit;
  const upto = order.slice(0, offset + limit);
  const inPage = new Set(upto.map((n) => n.id));
  const fresh = new Set(upto.slice(offset).map((n) => n.id));
  return {
    nodes: upto.slice(offset),
    // Edges among everything delivered so far that touch this page, so a "more" page connects to the last.
    edges: [...edges.values()].filter((e) => inPage.has(e.from) && inPage.has(e.to) && (fresh.has(e.from) || fresh.has(e.to))),
    truncated: hasMore || cut,
    nextCursor: hasMore ? encodeCursor(offset + limit - 1) : null,
  };
}
