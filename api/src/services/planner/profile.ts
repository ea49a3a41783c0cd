/** A district profile: reading the API's input, checking it against the graph, and putting it in one fixed order. */
import type { PlannerCitySize, PlannerDistrictType, PlannerPopulationTrait, PlannerProfileInput, PlannerResource } from '../../generated/resolvers.js';
import { BadUserInputError } from '../../errors.js';
import { RESOURCE_ORDER, TRAIT_ORDER } from './vocabulary.js';

export const MAX_PROFILE_PROBLEMS = 20;

export interface Profile {
  citySize: PlannerCitySize | null;
  districtType: PlannerDistrictType | null;
  population: PlannerPopulationTrait[];
  /** Problem ids, sorted. */
  problems: string[];
  resources: PlannerResource[];
}

/** Deduplicated, in the vocabulary's order, so two spellings of one profile are the same profile. */
const inOrder = <T extends string>(values: readonly T[] | null | undefined, order: readonly T[]): T[] => order.filter((v) => values?.includes(v));

/**
 * The profile as the planner uses it. `isProblem` says whether an id is a Problem of the graph; anything else in
 * `problems` is refused, naming the ids, rather than silently scoring nothing.
 */
export function readProfile(input: PlannerProfileInput, isProblem: (id: string) => boolean): Profile {
  const problems = [...new Set(input.problems ?? [])].sort();
  if (problems.length > MAX_PROFILE_PROBLEMS) throw new BadUserInputError(`a profile may name at most ${MAX_PROFILE_PROBLEMS} problems`, 'profile.problems');
  const unknown = problems.filter((id) => !isProblem(id));
  if (unknown.length > 0) throw new BadUserInputError(`not problems of the graph: ${unknown.join(', ')}`, 'profile.problems');
  return {
    citySize: input.citySize ?? null,
    districtType: input.districtType ?? null,
    population: inOrder(input.population, TRAIT_ORDER),
    problems,
    resources: inOrder(input.resources, RESOURCE_ORDER),
  };
}
