/** The browse page's URL: reading its parameters, and the links it makes (facets, next page). */
import type { EntityType } from '../../lib/generated/graphql';
import { isEntityType } from '../../lib/graph/entityTypes';

export const MAX_QUERY_LENGTH = 200;

export interface BrowseParams {
  q: string;
  type: EntityType | null;
  after: string | null;
  /** Index of the first result on this page, carried in the URL only to show "21–40 of 57". */
  start: number | null;
}

export function readBrowseParams(params: URLSearchParams): BrowseParams {
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const type = params.get('type');
  const after = params.get('after') || null;
  const start = Number(params.get('start') ?? (after ? NaN : 0));
  return { q, type: isEntityType(type) ? type : null, after, start: Number.isSafeInteger(start) && start >= 0 ? start : null };
}

export function browseHref(p: { q?: string; type?: EntityType | null; after?: string | null; start?: number | null }): string {
  const params = new URLSearchParams();
  if (p.q) params.set('q', p.q);
  if (p.type) params.set('type', p.type);
  if (p.after) params.set('after', p.after);
  if (p.after && p.start) params.set('start', String(p.start));
  const search = params.toString();
  return search ? `/browse?${search}` : '/browse';
}
