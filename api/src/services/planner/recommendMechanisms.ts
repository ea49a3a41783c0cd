/** recommendMechanisms(profile, first): the planner's entry point for the API (issue 5). */
import type { PlannerProfileInput } from '../../generated/resolvers.js';
import type { GraphStore } from '../../store/GraphStore.js';
import { graphSnapshot } from '../graphSnapshot.js';
import { checkFirst } from '../pagination.js';
import { gatherCandidates } from './candidates.js';
import { plannerContext } from './plannerContext.js';
import { readProfile, type Profile } from './profile.js';
import { rankTop } from './rankMechanisms.js';
import type { Recommendation } from './types.js';

export const MAX_RECOMMENDATIONS = 50;

export interface Recommendations {
  profile: Profile;
  totalCount: number;
  results: Recommendation[];
}

export async function recommendMechanisms(store: GraphStore, input: PlannerProfileInput, first?: number | null): Promise<Recommendations> {
  const limit = checkFirst(first, 10, MAX_RECOMMENDATIONS);
  const snapshot = await graphSnapshot(store);
  const profile = readProfile(input, (id) => snapshot.node(id)?.type === 'Problem');
  const { total, results } = rankTop(gatherCandidates(snapshot), plannerContext(snapshot, profile), limit);
  return { profile, totalCount: total, results };
}
