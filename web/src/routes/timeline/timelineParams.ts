/** The timeline's filters as URL parameters: `?type=Policy&type=Case&from=2000&to=2020`. */
import type { EntityType } from '../../lib/generated/graphql';

/** The types the timeline offers, in lane order (the API's defaults). */
export const TIMELINE_TYPES = ['Policy', 'Program', 'GovernanceModel', 'Case', 'Publication'] as const satisfies readonly EntityType[];
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export interface TimelineParams {
  types: TimelineType[];
  from: number | null;
  to: number | null;
}

const year = (v: string | null) => (v && /^\d{1,4}$/.test(v.trim()) ? Number(v.trim()) : null);
const isTimelineType = (v: string): v is TimelineType => (TIMELINE_TYPES as readonly string[]).includes(v);

export function readTimelineParams(p: URLSearchParams): TimelineParams {
  const chosen = new Set(p.getAll('type').filter(isTimelineType));
  let from = year(p.get('from'));
  let to = year(p.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { types: TIMELINE_TYPES.filter((t) => chosen.has(t)), from, to };
}

export function timelineSearch(p: TimelineParams): string {
  const out = new URLSearchParams();
  for (const t of p.types) out.append('type', t);
  if (p.from !== null) out.set('from', String(p.from));
  if (p.to !== null) out.set('to', String(p.to));
  const s = out.toString();
  return s ? `?${s}` : '';
}

/** No type chosen means every type. */
export const shownTypes = (p: TimelineParams): TimelineType[] => (p.types.length ? p.types : [...TIMELINE_TYPES]);
