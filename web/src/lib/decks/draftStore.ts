/** The deck being edited, kept in this browser (localStorage) so the builder, the presenter and the speaker window share it. */
import { parseDeck, serializeDeck, type Deck } from './deck';

export const DRAFT_KEY = 'atlas.deck.draft';

export function loadDraft(): Deck | null {
  try {
    const text = localStorage.getItem(DRAFT_KEY);
    if (!text) return null;
    const parsed = parseDeck(JSON.parse(text));
    return parsed.ok ? parsed.deck : null;
  } catch {
    return null;
  }
}

export function saveDraft(deck: Deck): void {
  try {
    localStorage.setItem(DRAFT_KEY, serializeDeck(deck));
  } catch {
    // Storage full or disabled: the trainer can still save the deck as a file.
  }
}
