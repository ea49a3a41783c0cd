/**
 * Presentation decks (issue 6): a deck is a list of slides, each a live graph view of chosen entities with a
 * layout, highlights, a caption, speaker notes and a reveal order. Decks travel as JSON files; this module is the
 * one place that reads (validates) and writes them, and says how a presentation steps through them. Pure.
 */
import { LAYOUT_NAMES, type LayoutName } from '../graph/layoutNames';
import type { Position } from '../graph/toElements';

export const DECK_FORMAT = 'governance-atlas/deck';
export const DECK_VERSION = 1;
export const MAX_SLIDES = 100;
export const MAX_SLIDE_NODES = 200;
const MAX_TEXT = 5000;
const ID = /^[a-z]+:[^\s]{1,200}$/;

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Slide {
  /** Unique within the deck; generated when a file has none. */
  id: string;
  title: Bilingual;
  caption: Bilingual;
  notes: Bilingual;
  /** Entity ids the slide shows; the graph comes live from the API. */
  nodes: string[];
  layout: LayoutName;
  /** Start nodes for the breadth-first layout. */
  roots: string[];
  /** Nodes drawn emphasised. */
  highlights: string[];
  /**
   * Progressive reveal: step k (1-based) adds the nodes of steps[k-1]. Nodes in no step are there from the start,
   * so a slide has steps.length + 1 states.
   */
  steps: string[][];
  /** Where the trainer placed the nodes; absent nodes are laid out. */
  positions: Record<string, Position>;
}

export interface Deck {
  format: typeof DECK_FORMAT;
  version: typeof DECK_VERSION;
  title: Bilingual;
  description: Bilingual;
  /** Node labels: in the reader's language, or both languages at once (bilingual classes). */
  labels: 'auto' | 'both';
  slides: Slide[];
}

export type ParseResult = { ok: true; deck: Deck } | { ok: false; errors: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function emptySlide(id: string): Slide {
  return { id, title: { zh: '', en: '' }, caption: { zh: '', en: '' }, notes: { zh: '', en: '' }, nodes: [], layout: 'fcose', roots: [], highlights: [], steps: [], positions: {} };
}

export function emptyDeck(): Deck {
  return { format: DECK_FORMAT, version: DECK_VERSION, title: { zh: '', en: '' }, description: { zh: '', en: '' }, labels: 'auto', slides: [emptySlide('s1')] };
}

/** Checks an untrusted value (a file, a URL's answer) field by field; every problem is named with its path. */
export function parseDeck(raw: unknown): ParseResult {
  const errors: string[] = [];
  const fail = <T>(message: string, fallback: T): T => {
    errors.push(message);
    return fallback;
  };
  const text = (v: unknown, path: string): string => {
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') return fail(`${path}: expected text`, '');
    if (v.length > MAX_TEXT) errors.push(`${path}: longer than ${MAX_TEXT} characters`);
    return v;
  };
  const bilingual = (v: unknown, path: string): Bilingual => {
    if (v === undefined || v === null) return { zh: '', en: '' };
    if (typeof v === 'string') return { zh: text(v, path), en: text(v, path) };
    if (!isObject(v)) return fail(`${path}: expected {zh, en}`, { zh: '', en: '' });
    return { zh: text(v.zh, `${path}.zh`), en: text(v.en, `${path}.en`) };
  };
  const ids = (v: unknown, path: string, max = MAX_SLIDE_NODES): string[] => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) return fail(`${path}: expected a list of ids`, []);
    if (v.length > max) errors.push(`${path}: more than ${max} ids`);
    const out: string[] = [];
    v.forEach((id, i) => {
      if (typeof id !== 'string' || !ID.test(id)) errors.push(`${path}[${i}]: not an entity id`);
      else if (!out.includes(id)) out.push(id);
    });
    return out;
  };

  if (!isObject(raw)) return { ok: false, errors: ['the file is not a deck (expected a JSON object)'] };
  if (raw.format !== DECK_FORMAT) errors.push(`format: expected "${DECK_FORMAT}"`);
  if (raw.version !== DECK_VERSION) errors.push(`version: expected ${DECK_VERSION}`);
  if (!Array.isArray(raw.slides)) return { ok: false, errors: [...errors, 'slides: expected a list'] };
  if (raw.slides.length > MAX_SLIDES) errors.push(`slides: more than ${MAX_SLIDES}`);
  if (raw.labels !== undefined && raw.labels !== 'auto' && raw.labels !== 'both') errors.push('labels: expected "auto" or "both"');

  const seen = new Set<string>();
  const slides = raw.slides.slice(0, MAX_SLIDES).map((s, i): Slide => {
    const path = `slides[${i}]`;
    if (!isObject(s)) {
      errors.push(`${path}: expected an object`);
      return emptySlide(`s${i + 1}`);
    }
    let id = typeof s.id === 'string' && /^[\w-]{1,64}$/.test(s.id) ? s.id : `s${i + 1}`;
    while (seen.has(id)) id = `${id}-${i + 1}`;
    seen.add(id);
    const nodes = ids(s.nodes, `${path}.nodes`);
    const inSlide = (list: string[], p: string) => {
      for (const n of list) if (!nodes.includes(n)) errors.push(`${p}: ${n} is not among the slide's nodes`);
      return list.filter((n) => nodes.includes(n));
    };
    const layout = s.layout === undefined ? 'fcose' : s.layout;
    if (!(LAYOUT_NAMES as readonly unknown[]).includes(layout)) errors.push(`${path}.layout: expected one of ${LAYOUT_NAMES.join(', ')}`);
    const steps: string[][] = [];
    if (s.steps !== undefined && !Array.isArray(s.steps)) errors.push(`${path}.steps: expected a list of id lists`);
    const placed = new Set<string>();
    (Array.isArray(s.steps) ? s.steps : []).forEach((step, k) => {
      const list = inSlide(ids(step, `${path}.steps[${k}]`), `${path}.steps[${k}]`).filter((n) => !placed.has(n));
      list.forEach((n) => placed.add(n));
      if (list.length) steps.push(list);
    });
    const positions: Record<string, Position> = {};
    if (isObject(s.positions)) {
      for (const [n, p] of Object.entries(s.positions)) {
        if (nodes.includes(n) && isObject(p) && Number.isFinite(p.x) && Number.isFinite(p.y)) positions[n] = { x: Number(p.x), y: Number(p.y) };
      }
    }
    return {
      id,
      title: bilingual(s.title, `${path}.title`),
      caption: bilingual(s.caption, `${path}.caption`),
      notes: bilingual(s.notes, `${path}.notes`),
      nodes,
      layout: (LAYOUT_NAMES as readonly unknown[]).includes(layout) ? (layout as LayoutName) : 'fcose',
      roots: inSlide(ids(s.roots, `${path}.roots`), `${path}.roots`),
      highlights: inSlide(ids(s.highlights, `${path}.highlights`), `${path}.highlights`),
      steps,
      positions,
    };
  });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    deck: {
      format: DECK_FORMAT,
      version: DECK_VERSION,
      title: bilingual(raw.title, 'title'),
      description: bilingual(raw.description, 'description'),
      labels: raw.labels === 'both' ? 'both' : 'auto',
      slides,
    },
  };
}

/** The deck as a file: stable key order, empty optional parts left out, two-space indent for people to read. */
export function serializeDeck(deck: Deck): string {
  const slides = deck.slides.map((s) => ({
    id: s.id,
    title: s.title,
    caption: s.caption,
    notes: s.notes,
    nodes: s.nodes,
    layout: s.layout,
    ...(s.roots.length ? { roots: s.roots } : {}),
    ...(s.highlights.length ? { highlights: s.highlights } : {}),
    ...(s.steps.length ? { steps: s.steps } : {}),
    ...(Object.keys(s.positions).length ? { positions: s.positions } : {}),
  }));
  return `${JSON.stringify({ format: DECK_FORMAT, version: DECK_VERSION, title: deck.title, description: deck.description, labels: deck.labels, slides }, null, 2)}\n`;
}

// ---- stepping through a presentation ----

export interface DeckPosition {
  slide: number;
  step: number;
}

export const stepCount = (slide: Slide): number => slide.steps.length + 1;

/** The nodes shown at a step: those in no step, plus the steps revealed so far. */
export function revealed(slide: Slide, step: number): Set<string> {
  const later = new Set(slide.steps.slice(Math.max(0, step)).flat());
  return new Set(slide.nodes.filter((n) => !later.has(n)));
}

/** The nodes not shown yet at a step (drawn invisibly, so the picture does not move as they appear). */
export function concealedAt(slide: Slide, step: number): string[] {
  const shown = revealed(slide, step);
  return slide.nodes.filter((n) => !shown.has(n));
}

export function clampPosition(deck: Deck, pos: DeckPosition): DeckPosition {
  if (deck.slides.length === 0) return { slide: 0, step: 0 };
  const slide = Math.min(Math.max(0, Math.trunc(pos.slide) || 0), deck.slides.length - 1);
  const step = Math.min(Math.max(0, Math.trunc(pos.step) || 0), stepCount(deck.slides[slide]) - 1);
  return { slide, step };
}

/** → : the next reveal on this slide, else the next slide from its start; the end stays the end. */
export function nextPosition(deck: Deck, pos: DeckPosition): DeckPosition {
  const here = clampPosition(deck, pos);
  const slide = deck.slides[here.slide];
  if (!slide) return here;
  if (here.step < stepCount(slide) - 1) return { slide: here.slide, step: here.step + 1 };
  if (here.slide < deck.slides.length - 1) return { slide: here.slide + 1, step: 0 };
  return here;
}

/** ← : undo the last reveal, else the previous slide fully revealed (as it was left). */
export function previousPosition(deck: Deck, pos: DeckPosition): DeckPosition {
  const here = clampPosition(deck, pos);
  if (here.step > 0) return { slide: here.slide, step: here.step - 1 };
  if (here.slide > 0) return { slide: here.slide - 1, step: stepCount(deck.slides[here.slide - 1]) - 1 };
  return here;
}

/** The text in a language, falling back to the other one. */
export function pick(text: Bilingual, lang: 'zh' | 'en'): string {
  const [mine, other] = lang === 'zh' ? [text.zh, text.en] : [text.en, text.zh];
  return mine.trim() ? mine : other;
}
