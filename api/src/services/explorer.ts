/**
 * The network explorer's queries (issue #4): expand a selection by one step, reopen a saved set of entities
 * with the relationships among them, and whole-graph metrics by id. Each is a fixed number of store calls
 * (never one per node), with every list capped.
 */
import type { NodeType, RelType } from '../../../graph-schema/model.js';
import type { EdgeRecord, NodeRecord } from '../../../graph-schema/records.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { computeAnalytics, type NodeMetricsResult } from './analytics.js';
import type { NeighbourhoodResult } from './neighbourhood.js';
import { checkFirst, decodeCursor, encodeCursor } from './pagination.js';

export const MAX_EXPAND_IDS = 200;
export const MAX_EXPAND_LIMIT = 500;
export const MAX_VIEW_IDS = 2000;
/** Relationships one store call may return; a view past this many is reported as truncated. */
const MAX_ROWS = 20_000;

export interface ExpandArgs {
  ids: string[];
  among?: string[] | null;
  types?: NodeType[] | null;
  relations?: RelType[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  limit?: number | null;
  after?: string | null;
}

function checkIds(ids: readonly string[], max: number, name: string): void {
  if (ids.length > max) throw new BadUserInputError(`\`${name}\` may name at most ${max} ids`, name);
}

export async function expand(store: GraphStore, args: ExpandArgs): Promise<NeighbourhoodResult> {
  const ids = [...new Set(args.ids)];
  if (ids.length === 0) throw new BadUserInputError('`ids` must name at least one entity', 'ids');
  checkIds(ids, MAX_EXPAND_IDS, 'ids');
  const among = new Set(args.among ?? []);
  checkIds([...among], MAX_VIEW_IDS, 'among');
  const limit = checkFirst(args.limit, 50, MAX_EXPAND_LIMIT, 'limit');
  const offset = decodeCursor(args.after);

  const roots = await store.getNodes(ids);
  const missing = ids.filter((id) => !roots.some((n) => n.id === id));
  if (missing.length > 0) throw new NotFoundError(`no entity with id ${missing.join(', ')}`);

  const relations = args.relations ?? [];
  const first = await store.neighbours({
    ids,
    types: args.types ?? [],
    relations,
    yearFrom: args.yearFrom ?? undefined,
    yearTo: args.yearTo ?? undefined,
    limit: MAX_ROWS,
  });
  const drawn = new Set([...ids, ...among]);
  const links = new Map<string, number>();
  for (const e of first.edges) {
    for (const end of [e.from, e.to]) if (!drawn.has(end)) links.set(end, (links.get(end) ?? 0) + 1);
  }
  // Most connected to the selection first, then by id: a stable order, so the cursor pages reliably.
  const candidates = first.nodes.filter((n) => links.has(n.id)).sort((a, b) => links.get(b.id)! - links.get(a.id)! || a.id.localeCompare(b.id));
  const page = candidates.slice(offset, offset + limit);
  const pageIds = new Set(page.map((n) => n.id));
  const hasMore = candidates.length > offset + limit;

  // The new nodes' own relationships to what is drawn and to each other, in one call.
  const second = page.length > 0 ? await store.neighbours({ ids: [...pageIds], relations, limit: MAX_ROWS }) : { nodes: [], edges: [] };
  const keep = (e: EdgeRecord) => (pageIds.has(e.from) || pageIds.has(e.to)) && (pageIds.has(e.from) || drawn.has(e.from)) && (pageIds.has(e.to) || drawn.has(e.to));
  const edges = new Map<string, EdgeRecord>();
  for (const e of [...first.edges, ...second.edges]) if (keep(e)) edges.set(e.id, e);
  return {
    nodes: page,
    edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)),
    truncated: hasMore || first.edges.length >= MAX_ROWS || second.edges.length >= MAX_ROWS,
    nextCursor: hasMore ? encodeCursor(offset + limit - 1) : null,
  };
}

export async function subgraph(store: GraphStore, ids: readonly string[], relations: RelType[] | null | undefined): Promise<NeighbourhoodResult> {
  const wanted = [...new Set(ids)];
  checkIds(wanted, MAX_VIEW_IDS, 'ids');
  if (wanted.length === 0) return { nodes: [], edges: [], truncated: false, nextCursor: null };
  const [found, around] = await Promise.all([store.getNodes(wanted), store.neighbours({ ids: wanted, relations: relations ?? [], limit: MAX_ROWS })]);
  const order = new Map(wanted.map((id, i) => [id, i]));
  const nodes: NodeRecord[] = found.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const inView = new Set(nodes.map((n) => n.id));
  const edges = around.edges.filter((e) => inView.has(e.from) && inView.has(e.to)).sort((a, b) => a.id.localeCompare(b.id));
  return { nodes, edges, truncated: around.edges.length >= MAX_ROWS, nextCursor: null };
}

export interface ExplorerMetricsResult extends NodeMetricsResult {
  communityRank: number;
}

export async function explorerMetrics(store: GraphStore, ids: readonly string[]): Promise<ExplorerMetricsResult[]> {
  checkIds(ids, MAX_VIEW_IDS, 'ids');
  // The whole-graph answer is cached per graph version, so this is a lookup after the first call.
  const all = await computeAnalytics(store, null);
  const byId = new Map(all.nodes.map((n) => [n.id, n]));
  const rank = new Map(all.communities.map((c, i) => [c.id, i]));
  return ids.flatMap((id) => {
    const m = byId.get(id);
    return m ? [{ ...m, communityRank: rank.get(m.community) ?? all.communities.length }] : [];
  });
}
