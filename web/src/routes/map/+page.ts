import { MapPlacesDocument } from '$lib/generated/graphql';
import { loadQuery } from '$lib/loadQuery';
import type { PageLoad } from './$types';
import { readMapParams } from './mapParams';

export const load: PageLoad = async ({ fetch, url }) => {
  const { places } = await loadQuery(fetch, MapPlacesDocument, {});
  return { places, initial: readMapParams(url.searchParams) };
};
