import { HomeDocument } from '$lib/generated/graphql';
import { typeCounts } from '$lib/graph/typeCounts';
import { loadQuery } from '$lib/loadQuery';
import type { PageLoad } from './$types';

/** Cases fetched to choose the featured ones from: the best connected make the richest first pages. */
const CASE_POOL = 50;
const FEATURED = 6;

export const load: PageLoad = async ({ fetch }) => {
  const { stats, cases } = await loadQuery(fetch, HomeDocument, { casesFirst: CASE_POOL });
  return {
    totals: { entities: stats.nodes, relationships: stats.relationships },
    typeCounts: typeCounts(stats.nodesByType),
    featuredCases: [...cases.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)).slice(0, FEATURED),
    caseCount: cases.totalCount,
  };
};
