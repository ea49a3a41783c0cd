/**
 * The compare page's URL, its permalink: which entities (`ids=a,b`, in order) and how the table is shown
 * (`show`, `facets`, `q`, `rows`, `cols`). Entity pages link here with `?ids=<id>` to start a comparison.
 */
import type { ComparisonFacetKind } from '$lib/generated/graphql';

export const MAX_IDS = 6;
export const MIN_IDS = 2;
export const ALL_FACETS: readonly ComparisonFacetKind[] = ['ACTORS', 'MECHANISMS', 'PROBLEMS', 'DIMENSIONS', 'CONCEPTS', 'PLACES', 'PERIODS', 'POLICIES', 'CASES', 'MODELS', 'SOURCES'];
export const SHOW = ['all', 'shared', 'unique'] as const;
/** Row order: the facets' own order, most shared items first, or most items only one entity has first. */
export const ROW_ORDERS = ['facet', 'shared', 'unique'] as const;
/** Column order: as chosen, by name, or by how many items each entity has. */
export const COL_ORDERS = ['chosen', 'name', 'items'] as const;

export type Show = (typeof SHOW)[number];
export type RowOrder = (typeof ROW_ORDERS)[number];
export type ColOrder = (typeof COL_ORDERS)[number];

export interface CompareParams {
  ids: string[];
  show: Show;
  /** Facets shown; all when the URL names none. */
  facets: ComparisonFacetKind[];
  q: string;
  rows: RowOrder;
  cols: ColOrder;
}

const ID = /^[a-z]+:[^\s,]+$/;
const oneOf = <T extends string>(values: readonly T[], v: string | null, fallback: T): T => (values as readonly string[]).includes(v ?? '') ? (v as T) : fallback;

/** The `ids` parameter alone: what the page loads (its other parameters only change the view). */
export function readIds(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').map((s) => s.trim()).filter((s) => ID.test(s)))].slice(0, MAX_IDS);
}

export function readCompareParams(params: URLSearchParams): CompareParams {
  const ids = readIds(params.get('ids'));
  const named = (params.get('facets') ?? '').split(',').filter((f): f is ComparisonFacetKind => (ALL_FACETS as readonly string[]).includes(f));
  return {
    ids,
    show: oneOf(SHOW, params.get('show'), 'all'),
    facets: named.length > 0 ? ALL_FACETS.filter((f) => named.includes(f)) : [...ALL_FACETS],
    q: (params.get('q') ?? '').trim().slice(0, 100),
    rows: oneOf(ROW_ORDERS, params.get('rows'), 'facet'),
    cols: oneOf(COL_ORDERS, params.get('cols'), 'chosen'),
  };
}

/** `?ids=…&…` with defaults left out, so a plain comparison has a short link; ids keep their colons. */
export function compareSearch(p: Partial<Omit<CompareParams, 'ids'>> & { ids: readonly string[] }): string {
  const parts: string[] = [];
  if (p.ids.length > 0) parts.push(`ids=${p.ids.map((id) => encodeURIComponent(id).replace(/%3A/gi, ':')).join(',')}`);
  if (p.show && p.show !== 'all') parts.push(`show=${p.show}`);
  if (p.facets && p.facets.length > 0 && p.facets.length < ALL_FACETS.length) parts.push(`facets=${p.facets.join(',')}`);
  if (p.q) parts.push(`q=${encodeURIComponent(p.q)}`);
  if (p.rows && p.rows !== 'facet') parts.push(`rows=${p.rows}`);
  if (p.cols && p.cols !== 'chosen') parts.push(`cols=${p.cols}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The link an entity page gives to start a comparison with it. */
export function compareHref(ids: readonly string[]): string {
  return `/compare${compareSearch({ ids })}`;
}
