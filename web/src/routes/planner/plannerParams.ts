/**
 * The planner's URL, so a profile can be shared and printed again: `size`, `district`, then repeated `pop`,
 * `problem` and `res`, `n` results, and `run=1` once the form is sent. Values the planner's vocabulary does not
 * know are dropped rather than sent on (the vocabulary comes from the API, see plannerOptions).
 */
import type { PlannerCitySize, PlannerDistrictType, PlannerPopulationTrait, PlannerProfileInput, PlannerResource } from '$lib/generated/graphql';

export const PAGE = 10;
export const MAX_RESULTS = 50;
export const MAX_PROBLEMS = 20;

export interface Vocabulary {
  citySizes: readonly { value: string }[];
  districtTypes: readonly { value: string }[];
  populationTraits: readonly { value: string }[];
  resources: readonly { value: string }[];
  problems: readonly { problem: { id: string } }[];
}

export interface Profile {
  citySize: PlannerCitySize | null;
  districtType: PlannerDistrictType | null;
  population: PlannerPopulationTrait[];
  problems: string[];
  resources: PlannerResource[];
}

export interface PlannerParams {
  profile: Profile;
  /** The form was sent: rank for this profile. */
  run: boolean;
  /** How many results to show. */
  n: number;
}

const known = (list: readonly { value: string }[]) => new Set(list.map((o) => o.value));
/** Values of one repeated parameter the vocabulary knows, once each, in the vocabulary's order. */
const pick = <T extends string>(values: string[], list: readonly { value: string }[]): T[] => list.map((o) => o.value).filter((v) => values.includes(v)) as T[];

export function readPlannerParams(params: URLSearchParams, vocabulary: Vocabulary, defaults: Profile): PlannerParams {
  const run = params.get('run') === '1';
  const n = Math.min(MAX_RESULTS, Math.max(PAGE, Math.round(Number(params.get('n')) / PAGE) * PAGE || PAGE));
  if (!run) return { profile: defaults, run, n };
  const size = params.get('size') ?? '';
  const district = params.get('district') ?? '';
  const problemIds = new Set(vocabulary.problems.map((p) => p.problem.id));
  return {
    run,
    n,
    profile: {
      citySize: known(vocabulary.citySizes).has(size) ? (size as PlannerCitySize) : null,
      districtType: known(vocabulary.districtTypes).has(district) ? (district as PlannerDistrictType) : null,
      population: pick(params.getAll('pop'), vocabulary.populationTraits),
      problems: [...new Set(params.getAll('problem').filter((id) => problemIds.has(id)))].sort().slice(0, MAX_PROBLEMS),
      resources: pick(params.getAll('res'), vocabulary.resources),
    },
  };
}

/** The URL of a profile's results (what the form's GET submission produces, in a fixed order). */
export function plannerSearch(profile: Profile, n = PAGE): string {
  const q = new URLSearchParams();
  if (profile.citySize) q.set('size', profile.citySize);
  if (profile.districtType) q.set('district', profile.districtType);
  for (const v of profile.population) q.append('pop', v);
  for (const v of profile.problems) q.append('problem', v);
  for (const v of profile.resources) q.append('res', v);
  if (n !== PAGE) q.set('n', String(n));
  q.set('run', '1');
  return `?${q.toString().replace(/%3A/gi, ':')}`;
}

export function toProfileInput(p: Profile): PlannerProfileInput {
  return { citySize: p.citySize, districtType: p.districtType, population: p.population, problems: p.problems, resources: p.resources };
}
