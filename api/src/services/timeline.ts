/**
 * timeline: entities with years on one axis (policies, programmes, models, cases, publications by default),
 * plus the years governance models changed into one another. Two store calls, whatever the number of events.
 */
import type { NodeType } from '../../../graph-schema/model.js';
import type { EdgeRecord, NodeRecord } from '../../../graph-schema/records.js';
import { BadUserInputError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { listAll, NEIGHBOUR_ROWS } from './listAll.js';
import { checkFirst } from './pagination.js';

export const TIMELINE_DEFAULT_TYPES: readonly NodeType[] = ['Policy', 'Program', 'GovernanceModel', 'Case', 'Publication'];
export const MAX_TIMELINE = 2000;

export type TimelineEventRecord =
  | { kind: 'ENTITY'; id: string; yearFrom: number; yearTo: number | null; entity: NodeRecord }
  | { kind: 'TRANSITION'; id: string; yearFrom: number; yearTo: null; entity: NodeRecord; target: NodeRecord; edge: EdgeRecord };

export interface TimelineResult {
  events: TimelineEventRecord[];
  yearMin: number | null;
  yearMax: number | null;
  truncated: boolean;
}

export interface TimelineArgs {
  from?: number | null;
  to?: number | null;
  types?: NodeType[] | null;
  first?: number | null;
}

const yearOf = (n: NodeRecord, key: 'yearFrom' | 'yearTo'): number | null => (typeof n.props[key] === 'number' ? (n.props[key] as number) : null);

/** An entity's span on the axis: a lone yearTo counts as a single year. */
function span(n: NodeRecord): [number, number | null] | null {
  const from = yearOf(n, 'yearFrom');
  const to = yearOf(n, 'yearTo');
  if (from === null && to === null) return null;
  if (from === null) return [to!, null];
  return [from, to !== null && to !== from ? to : null];
}

const overlaps = (from: number, to: number | null, lo: number | null, hi: number | null) => (lo === null || (to ?? from) >= lo) && (hi === null || from <= hi);

export async function timeline(store: GraphStore, args: TimelineArgs): Promise<TimelineResult> {
  const limit = checkFirst(args.first, 500, MAX_TIMELINE);
  const lo = args.from ?? null;
  const hi = args.to ?? null;
  if (lo !== null && hi !== null && lo > hi) throw new BadUserInputError('`from` must not be after `to`', 'from');
  const types = args.types?.length ? args.types : [...TIMELINE_DEFAULT_TYPES];

  const nodes = await listAll(store, { types, yearFrom: lo ?? undefined, yearTo: hi ?? undefined });
  const events: TimelineEventRecord[] = [];
  for (const n of nodes) {
    const s = span(n);
    if (s && overlaps(s[0], s[1], lo, hi)) events.push({ kind: 'ENTITY', id: n.id, yearFrom: s[0], yearTo: s[1], entity: n });
  }

  if (types.includes('GovernanceModel')) {
    const models = await listAll(store, { types: ['GovernanceModel'] });
    const byId = new Map(models.map((m) => [m.id, m]));
    const sub = await store.neighbours({ ids: models.map((m) => m.id), types: ['GovernanceModel'], relations: ['EVOLVED_INTO'], limit: NEIGHBOUR_ROWS });
    for (const e of sub.edges) {
      const year = typeof e.props.year === 'number' ? e.props.year : null;
      const from = byId.get(e.from);
      const to = byId.get(e.to);
      if (year === null || !from || !to || !overlaps(year, null, lo, hi)) continue;
      events.push({ kind: 'TRANSITION', id: e.id, yearFrom: year, yearTo: null, entity: from, target: to, edge: e });
    }
  }

  events.sort((a, b) => a.yearFrom - b.yearFrom || (a.yearTo ?? a.yearFrom) - (b.yearTo ?? b.yearFrom) || a.id.localeCompare(b.id));
  const years = events.flatMap((e) => [e.yearFrom, e.yearTo ?? e.yearFrom]);
  return {
    events: events.slice(0, limit),
    yearMin: years.length ? Math.min(...years) : null,
    yearMax: years.length ? Math.max(...years) : null,
    truncated: events.length > limit,
  };
}
