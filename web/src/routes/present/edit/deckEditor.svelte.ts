/**
 * The deck builder's state (issue 6): the deck, the slide being edited, and each slide's live graph. Every
 * change goes through deckEdits.ts and is kept as this browser's draft, so the presenter can open it.
 */
import { SlideGraphDocument } from '$lib/generated/graphql';
import { request } from '$lib/graphqlClient';
import { emptyDeck, type Bilingual, type Deck, type Slide } from '$lib/decks/deck';
import * as edits from '$lib/decks/deckEdits';
import { saveDraft } from '$lib/decks/draftStore';
import type { SlideGraphData } from '$lib/decks/SlideView.svelte';
import type { LayoutName } from '$lib/graph/graphStyle';
import type { Position } from '$lib/graph/toElements';

export class DeckEditor {
  deck: Deck = $state(emptyDeck());
  selected = $state(0);
  /** Graphs by the slide's node list, so reordering or retitling a slide fetches nothing. */
  graphs: Record<string, SlideGraphData> = $state({});

  readonly slide = $derived(this.deck.slides[this.selected] ?? null);

  readonly #fetch: typeof fetch;

  constructor(fetchFn: typeof fetch) {
    this.#fetch = fetchFn;
  }

  load(deck: Deck) {
    this.deck = deck;
    this.selected = 0;
    this.#save();
  }

  reset() {
    this.load(emptyDeck());
  }

  setDeckText(field: 'title' | 'description', lang: keyof Bilingual, value: string) {
    this.deck = { ...this.deck, [field]: { ...this.deck[field], [lang]: value } };
    this.#save();
  }

  setLabels(labels: Deck['labels']) {
    this.deck = { ...this.deck, labels };
    this.#save();
  }

  select(index: number) {
    this.selected = Math.max(0, Math.min(index, this.deck.slides.length - 1));
  }

  addSlide() {
    this.#deck(edits.insertSlide(this.deck, this.selected + 1));
    this.select(this.selected + 1);
  }

  duplicateSlide(index: number) {
    this.#deck(edits.duplicateSlide(this.deck, index));
    this.select(index + 1);
  }

  removeSlide(index: number) {
    this.#deck(edits.removeSlide(this.deck, index));
    this.select(Math.min(this.selected, this.deck.slides.length - 1));
  }

  moveSlide(index: number, delta: -1 | 1) {
    this.#deck(edits.moveSlide(this.deck, index, delta));
    if (this.selected === index) this.select(index + delta);
  }

  setSlideText(field: 'title' | 'caption' | 'notes', lang: keyof Bilingual, value: string) {
    this.#slide((s) => ({ ...s, [field]: { ...s[field], [lang]: value } }));
  }

  setLayout(layout: LayoutName) {
    // A new layout starts afresh: placed positions belong to the old one.
    this.#slide((s) => ({ ...s, layout, positions: {} }));
  }

  addNodes = (ids: readonly string[]) => this.#slide((s) => edits.addNodes(s, ids));
  removeNode = (id: string) => this.#slide((s) => edits.removeNode(s, id));
  toggleHighlight = (id: string) => this.#slide((s) => edits.toggleHighlight(s, id));
  setRevealStep = (id: string, step: number) => this.#slide((s) => edits.setRevealStep(s, id, step));
  setRoot = (id: string) => this.#slide((s) => ({ ...s, roots: s.roots.includes(id) ? s.roots.filter((r) => r !== id) : [id] }));
  /** Keeps where the trainer dragged nodes (and where the layout put them), so the slide shows as arranged. */
  setPositions = (positions: Record<string, Position>) => this.#slide((s) => ({ ...s, positions }));
  clearPositions = () => this.#slide((s) => ({ ...s, positions: {} }));

  /** The key a slide's graph is cached under. */
  graphKey = (slide: Slide) => slide.nodes.join(' ');

  /** Fetches the live graph of the current slide when its entities changed. */
  async refreshGraph(slide: Slide): Promise<void> {
    const key = this.graphKey(slide);
    if (this.graphs[key]) return;
    const { slideGraph } = await request(this.#fetch, SlideGraphDocument, { ids: slide.nodes });
    this.graphs[key] = slideGraph;
  }

  #deck(deck: Deck) {
    this.deck = deck;
    this.#save();
  }

  #slide(change: (s: Slide) => Slide) {
    const current = this.slide;
    if (!current) return;
    this.#deck({ ...this.deck, slides: this.deck.slides.map((s, i) => (i === this.selected ? change(s) : s)) });
  }

  #save() {
    saveDraft($state.snapshot(this.deck) as Deck);
  }
}
