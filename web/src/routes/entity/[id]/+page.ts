import { error } from '@sveltejs/kit';
import { EntityPageDocument } from '$lib/generated/graphql';
import { loadQuery } from '$lib/loadQuery';
import type { PageLoad } from './$types';

/** Relationships listed on one page; beyond it the page says the list is cut (the explorer shows the rest). */
const NEIGHBOUR_LIMIT = 200;

export const load: PageLoad = async ({ fetch, params }) => {
  const data = await loadQuery(fetch, EntityPageDocument, { id: params.id, limit: NEIGHBOUR_LIMIT });
  if (!data.node) error(404, { message: `no entity has the id ${params.id}`, code: 'NOT_FOUND' });
  return { entity: data.node, neighbourhood: data.neighbourhood, limit: NEIGHBOUR_LIMIT };
};
