import { CompareChosenDocument, ComparePageDocument } from '$lib/generated/graphql';
import { loadQuery } from '$lib/loadQuery';
import { MIN_IDS, readIds } from './compareParams';
import type { PageLoad } from './$types';

/**
 * Only `ids` is read here, so changing the table's filters and order (the other URL parameters) does not load
 * the comparison again. With fewer than two ids the page is a picker, showing the one already chosen.
 */
export const load: PageLoad = async ({ fetch, url }) => {
  const ids = readIds(url.searchParams.get('ids'));
  if (ids.length >= MIN_IDS) {
    const { compare } = await loadQuery(fetch, ComparePageDocument, { ids });
    return { ids, comparison: compare, chosen: compare.entities };
  }
  const chosen = ids.length === 1 ? (await loadQuery(fetch, CompareChosenDocument, { id: ids[0] })).node : null;
  return { ids, comparison: null, chosen: chosen ? [chosen] : [] };
};
