import { TimelinePageDocument } from '$lib/generated/graphql';
import { loadQuery } from '$lib/loadQuery';
import { readTimelineParams, shownTypes } from './timelineParams';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => {
  const params = readTimelineParams(url.searchParams);
  const { timeline } = await loadQuery(fetch, TimelinePageDocument, { from: params.from, to: params.to, types: shownTypes(params) });
  return { params, timeline };
};
