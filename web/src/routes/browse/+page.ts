import { BrowseEntitiesDocument, BrowseSearchDocument } from '$lib/generated/graphql';
import { typeCounts } from '$lib/graph/typeCounts';
import { loadQuery } from '$lib/loadQuery';
import type { PageLoad } from './$types';
import { readBrowseParams } from './browseParams';

const PAGE_SIZE = 24;
/** Matches whose types make the facet counts (browse.graphql); beyond it the counts are lower bounds. */
const FACET_POOL = 100;

export const load: PageLoad = async ({ fetch, url }) => {
  const params = readBrowseParams(url.searchParams);
  const { q, type, after } = params;
  if (q) {
    const data = await loadQuery(fetch, BrowseSearchDocument, { text: q, types: type ? [type] : null, first: PAGE_SIZE, after });
    const counts = data.facets.nodes.map((n) => ({ type: n.type, count: 1 }));
    return {
      ...params,
      results: data.search,
      facets: { total: data.facets.totalCount, exact: data.facets.totalCount <= FACET_POOL, counts: typeCounts(counts) },
    };
  }
  const data = await loadQuery(fetch, BrowseEntitiesDocument, { type, first: PAGE_SIZE, after });
  return {
    ...params,
    results: data.entities,
    facets: { total: data.stats.nodes, exact: true, counts: typeCounts(data.stats.nodesByType) },
  };
};
