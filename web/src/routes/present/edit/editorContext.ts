/** Typed context for the deck builder's state. */
import { createContext } from 'svelte';
import type { DeckEditor } from './deckEditor.svelte';

const [getEditor, setEditor] = createContext<DeckEditor>();

export { getEditor, setEditor };
