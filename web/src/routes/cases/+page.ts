import { CaseLibraryPageDocument } from '$lib/generated/graphql';
import { loadQuery } from '$lib/loadQuery';
import { readCaseParams, toCaseFilter } from './caseParams';
import type { PageLoad } from './$types';

/** The library shows every matching case: the graph holds tens of them. */
const PAGE = 200;

export const load: PageLoad = async ({ fetch, url }) => {
  const params = readCaseParams(url.searchParams);
  const { caseLibrary } = await loadQuery(fetch, CaseLibraryPageDocument, { filter: toCaseFilter(params), first: PAGE });
  return { params, library: caseLibrary };
};
