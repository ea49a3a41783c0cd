/** The case library's filters as URL parameters (repeatable: `?city=city:hangzhou&city=city:beijing`), both ways. */
import type { CaseFilter } from '../../lib/generated/graphql';

export const FACET_PARAMS = {
  cities: 'city',
  mechanisms: 'mechanism',
  problems: 'problem',
  dimensions: 'dimension',
  decades: 'decade',
} as const;
export type FacetName = keyof typeof FACET_PARAMS;
export const FACET_NAMES = Object.keys(FACET_PARAMS) as FacetName[];

const MAX_VALUES = 20;
const ID = /^[a-z]+:[^\s]{1,200}$/;

export interface CaseParams {
  q: string;
  cities: string[];
  mechanisms: string[];
  problems: string[];
  dimensions: string[];
  decades: number[];
}

const distinct = <T>(xs: T[]) => [...new Set(xs)].slice(0, MAX_VALUES);

export function readCaseParams(params: URLSearchParams): CaseParams {
  const ids = (name: string) => distinct(params.getAll(name).filter((v) => ID.test(v)));
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    cities: ids('city'),
    mechanisms: ids('mechanism'),
    problems: ids('problem'),
    dimensions: distinct(params.getAll('dimension').filter((v) => /^[a-z-]{1,30}$/.test(v))),
    decades: distinct(params.getAll('decade').filter((v) => /^\d{4}$/.test(v)).map(Number)),
  };
}

export function toCaseFilter(p: CaseParams): CaseFilter {
  return {
    ...(p.q ? { text: p.q } : {}),
    ...(p.cities.length ? { cities: p.cities } : {}),
    ...(p.mechanisms.length ? { mechanisms: p.mechanisms } : {}),
    ...(p.problems.length ? { problems: p.problems } : {}),
    ...(p.dimensions.length ? { dimensions: p.dimensions } : {}),
    ...(p.decades.length ? { decades: p.decades } : {}),
  };
}

export function caseSearch(p: CaseParams): string {
  const out = new URLSearchParams();
  if (p.q) out.set('q', p.q);
  for (const facet of FACET_NAMES) for (const v of p[facet]) out.append(FACET_PARAMS[facet], String(v));
  const s = out.toString();
  return s ? `?${s}` : '';
}

/** The same filters with one value added or, when already chosen, removed. */
export function toggle(p: CaseParams, facet: FacetName, value: string): CaseParams {
  const list = p[facet].map(String);
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...p, [facet]: facet === 'decades' ? next.map(Number) : next };
}

export const isFiltered = (p: CaseParams) => p.q !== '' || FACET_NAMES.some((f) => p[f].length > 0);
export const noFilters = (): CaseParams => ({ q: '', cities: [], mechanisms: [], problems: [], dimensions: [], decades: [] });
