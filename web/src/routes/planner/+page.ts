import { PlannerFormDocument, PlannerResultsDocument } from '$lib/generated/graphql';
import { loadQuery } from '$lib/loadQuery';
import { readPlannerParams, toProfileInput } from './plannerParams';
import type { PageLoad } from './$types';

/** The form is built from the planner's vocabulary; once sent (`run=1`), the profile in the URL is ranked. */
export const load: PageLoad = async ({ fetch, url }) => {
  const { plannerOptions } = await loadQuery(fetch, PlannerFormDocument, {});
  const params = readPlannerParams(url.searchParams, plannerOptions, plannerOptions.defaults);
  const ranking = params.run ? (await loadQuery(fetch, PlannerResultsDocument, { profile: toProfileInput(params.profile), first: params.n })).recommendMechanisms : null;
  return { options: plannerOptions, params, ranking };
};
