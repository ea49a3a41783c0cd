import { parseDeck } from '$lib/decks/deck';
import { builtinDeckUrl } from '$lib/decks/deckSource';
import type { PageLoad } from './$types';

/** The decks shipped with the portal: web/static/decks/index.json names them, one JSON file each. */
export const load: PageLoad = async ({ fetch }) => {
  const index = await fetch('/decks/index.json').then((r) => (r.ok ? r.json() : []));
  const names = (Array.isArray(index) ? index : []).filter((n): n is string => typeof n === 'string' && /^[a-z0-9-]{1,64}$/.test(n));
  const decks = await Promise.all(
    names.map(async (name) => {
      const response = await fetch(builtinDeckUrl(name));
      const parsed = response.ok ? parseDeck(await response.json()) : null;
      return parsed?.ok ? { name, title: parsed.deck.title, description: parsed.deck.description, slides: parsed.deck.slides.length } : null;
    }),
  );
  return { decks: decks.filter((d) => d !== null) };
};
