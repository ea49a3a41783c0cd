import { DashboardPageDocument } from '$lib/generated/graphql';
import { loadQuery } from '$lib/loadQuery';
import type { PageLoad } from './$types';

/** Bars in the ranked charts, and entities listed per bar (the rest are counted, and linked through browse). */
const TOP = 15;
const LISTED = 50;

export const load: PageLoad = async ({ fetch }) => {
  const { dashboard } = await loadQuery(fetch, DashboardPageDocument, { top: TOP, listed: LISTED });
  return { dashboard };
};
