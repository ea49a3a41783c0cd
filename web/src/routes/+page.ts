import { HomeDocument } from '$lib/generated/graphql';
import { parseDeck } from '$lib/decks/deck';
import { builtinDeckUrl } from '$lib/decks/deckSource';
import { typeCounts } from '$lib/graph/typeCounts';
import { loadQuery } from '$lib/loadQuery';
import type { PageLoad } from './$types';

/** Cases fetched to choose the featured ones from: the best connected make the richest first pages. */
const CASE_POOL = 50;
const FEATURED = 6;

/** The ready-made lectures (web/static/decks/), for the trainers' entry; a missing file only hides the section. */
async function readyDecks(fetchFn: typeof fetch) {
  try {
    const index: unknown = await fetchFn('/decks/index.json').then((r) => (r.ok ? r.json() : []));
    const names = (Array.isArray(index) ? index : []).filter((n): n is string => typeof n === 'string' && /^[a-z0-9-]{1,64}$/.test(n));
    const decks = await Promise.all(
      names.map(async (name) => {
        const r = await fetchFn(builtinDeckUrl(name));
        const parsed = r.ok ? parseDeck(await r.json()) : null;
        return parsed?.ok ? { name, title: parsed.deck.title, slides: parsed.deck.slides.length } : null;
      }),
    );
    return decks.filter((d) => d !== null);
  } catch {
    return [];
  }
}

export const load: PageLoad = async ({ fetch }) => {
  const [{ stats, cases }, decks] = await Promise.all([loadQuery(fetch, HomeDocument, { casesFirst: CASE_POOL }), readyDecks(fetch)]);
  return {
    totals: { entities: stats.nodes, relationships: stats.relationships },
    typeCounts: typeCounts(stats.nodesByType),
    featuredCases: [...cases.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)).slice(0, FEATURED),
    caseCount: cases.totalCount,
    decks,
  };
};
