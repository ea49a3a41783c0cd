/**
 * Where a presentation's deck comes from, read from the page's URL: a deck shipped with the portal
 * (`?deck=third-batch-zones`), a deck file at an address (`?src=/decks/x.json` or `?src=https://…`), the deck
 * being edited in this browser (`?draft=1`), or one made on the spot from an entity (`?entity=`, `?case=`).
 */

export type DeckSource =
  | { kind: 'builtin'; name: string }
  | { kind: 'url'; src: string }
  | { kind: 'draft' }
  | { kind: 'entity'; id: string }
  | { kind: 'none' };

export type PresentMode = 'slides' | 'speaker' | 'handouts';
export const PRESENT_MODES: readonly PresentMode[] = ['slides', 'speaker', 'handouts'];

const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ID = /^[a-z]+:[^\s]{1,200}$/;

/** Only web addresses and same-site paths; never `javascript:`, `data:` or protocol-relative `//host`. */
export function isDeckUrl(src: string): boolean {
  if (src.startsWith('/')) return !src.startsWith('//') && !src.includes('\\');
  try {
    const url = new URL(src);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function readDeckSource(params: URLSearchParams): DeckSource {
  const deck = params.get('deck');
  if (deck !== null) return NAME.test(deck) ? { kind: 'builtin', name: deck } : { kind: 'none' };
  const src = params.get('src');
  if (src !== null) return isDeckUrl(src) ? { kind: 'url', src } : { kind: 'none' };
  if (params.get('draft') !== null) return { kind: 'draft' };
  const id = params.get('entity') ?? params.get('case');
  if (id !== null && ID.test(id)) return { kind: 'entity', id };
  return { kind: 'none' };
}

export function readMode(params: URLSearchParams): PresentMode {
  const mode = params.get('mode');
  return (PRESENT_MODES as readonly (string | null)[]).includes(mode) ? (mode as PresentMode) : 'slides';
}

export function readStart(params: URLSearchParams): { slide: number; step: number } {
  const n = (key: string) => {
    const v = Number(params.get(key));
    return Number.isInteger(v) && v > 0 ? v : 1;
  };
  // 1-based in the URL, as people count slides.
  return { slide: n('slide') - 1, step: n('step') - 1 };
}

/** The address of a deck shipped with the portal. */
export const builtinDeckUrl = (name: string) => `/decks/${name}.json`;

/** The query string that opens a source, for links (speaker view, handouts, sharing). */
export function sourceQuery(source: DeckSource): string {
  switch (source.kind) {
    case 'builtin':
      return `deck=${encodeURIComponent(source.name)}`;
    case 'url':
      return `src=${encodeURIComponent(source.src)}`;
    case 'draft':
      return 'draft=1';
    case 'entity':
      return `entity=${encodeURIComponent(source.id)}`;
    case 'none':
      return '';
  }
}
