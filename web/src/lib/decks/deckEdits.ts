/** Changes the deck builder makes to a slide or a deck, as pure functions (unit-tested; the editor state calls them). */
import { emptySlide, MAX_SLIDE_NODES, MAX_SLIDES, type Deck, type Slide } from './deck';

/** A slide id not used in the deck yet. */
export function freshSlideId(deck: Deck): string {
  const used = new Set(deck.slides.map((s) => s.id));
  let n = deck.slides.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

export function insertSlide(deck: Deck, at: number, slide: Slide = emptySlide(freshSlideId(deck))): Deck {
  if (deck.slides.length >= MAX_SLIDES) return deck;
  const slides = [...deck.slides];
  slides.splice(Math.max(0, Math.min(at, slides.length)), 0, slide);
  return { ...deck, slides };
}

export function duplicateSlide(deck: Deck, index: number): Deck {
  const s = deck.slides[index];
  if (!s) return deck;
  return insertSlide(deck, index + 1, { ...plainCopy(s), id: freshSlideId(deck) });
}

export function removeSlide(deck: Deck, index: number): Deck {
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) };
}

export function moveSlide(deck: Deck, index: number, delta: -1 | 1): Deck {
  const to = index + delta;
  if (to < 0 || to >= deck.slides.length) return deck;
  const slides = [...deck.slides];
  [slides[index], slides[to]] = [slides[to], slides[index]];
  return { ...deck, slides };
}

export function addNodes(slide: Slide, ids: readonly string[]): Slide {
  const nodes = [...slide.nodes];
  for (const id of ids) if (!nodes.includes(id) && nodes.length < MAX_SLIDE_NODES) nodes.push(id);
  return { ...slide, nodes };
}

export function removeNode(slide: Slide, id: string): Slide {
  const { [id]: _gone, ...positions } = slide.positions;
  return {
    ...slide,
    nodes: slide.nodes.filter((n) => n !== id),
    highlights: slide.highlights.filter((n) => n !== id),
    roots: slide.roots.filter((n) => n !== id),
    steps: slide.steps.map((s) => s.filter((n) => n !== id)).filter((s) => s.length > 0),
    positions,
  };
}

export function toggleHighlight(slide: Slide, id: string): Slide {
  return { ...slide, highlights: slide.highlights.includes(id) ? slide.highlights.filter((n) => n !== id) : [...slide.highlights, id] };
}

/** The step at which a node appears: 0 from the start, k with the k-th reveal. */
export function revealStepOf(slide: Slide, id: string): number {
  const k = slide.steps.findIndex((s) => s.includes(id));
  return k + 1;
}

/** Moves a node to appear at step k (0 = from the start); empty steps close up, so steps stay numbered 1…n. */
export function setRevealStep(slide: Slide, id: string, k: number): Slide {
  const steps = slide.steps.map((s) => s.filter((n) => n !== id));
  if (k > 0) {
    while (steps.length < k) steps.push([]);
    steps[k - 1] = [...steps[k - 1], id];
  }
  return { ...slide, steps: steps.filter((s) => s.length > 0) };
}

/** Plain copies of runes state (a slide from runes state is a proxy). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
