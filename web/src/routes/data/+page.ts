import { DataPageDocument } from '$lib/generated/graphql';
import { typeCounts } from '$lib/graph/typeCounts';
import { loadQuery } from '$lib/loadQuery';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  const { stats, coverage } = await loadQuery(fetch, DataPageDocument, {});
  return {
    totals: { entities: stats.nodes, relationships: stats.relationships, relationTypes: stats.relationshipsByType.length },
    types: typeCounts(stats.nodesByType),
    seeds: coverage.filter((d) => d.publication?.seedDoc === d.doc),
    references: coverage.filter((d) => d.publication?.seedDoc !== d.doc),
  };
};
