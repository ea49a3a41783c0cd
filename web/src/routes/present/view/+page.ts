import { readDeckSource, readMode, readStart } from '$lib/decks/deckSource';
import type { PageLoad } from './$types';

/** Pure: the deck itself is read in the browser (it may be this browser's draft); the server renders "loading". */
export const load: PageLoad = ({ url }) => ({
  source: readDeckSource(url.searchParams),
  mode: readMode(url.searchParams),
  start: readStart(url.searchParams),
});
