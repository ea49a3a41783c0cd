import { LiteraturePageDocument } from '$lib/generated/graphql';
import { loadQuery } from '$lib/loadQuery';
import { readLitParams, toLiteratureFilter } from './litParams';
import type { PageLoad } from './$types';

/** Every matching work: the graph holds about a hundred and thirty. */
const PAGE = 500;

export const load: PageLoad = async ({ fetch, url }) => {
  const params = readLitParams(url.searchParams);
  const { literature } = await loadQuery(fetch, LiteraturePageDocument, { filter: toLiteratureFilter(params), first: PAGE });
  return { params, literature };
};
