/**
 * The presentation's state (issue 6): the deck being shown, each slide's live graph, and where the presenter is.
 * Two windows (the projected slides and the speaker view) keep in step over a BroadcastChannel.
 */
import { DeckNeighbourhoodDocument, SlideGraphDocument } from '$lib/generated/graphql';
import { GraphQLRequestError, request } from '$lib/graphqlClient';
import { clampPosition, nextPosition, parseDeck, previousPosition, stepCount, type Deck, type DeckPosition } from '$lib/decks/deck';
import { builtinDeckUrl, sourceQuery, type DeckSource } from '$lib/decks/deckSource';
import { loadDraft } from '$lib/decks/draftStore';
import { instantDeck } from '$lib/decks/instantDeck';
import type { SlideGraphData } from '$lib/decks/SlideView.svelte';
import { UnreachableCaseError } from '$lib/UnreachableCaseError';

export type PresenterStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; deck: Deck }
  /** `problem` is a message key's suffix (present.error.*); `details` lists what was wrong with a file. */
  | { kind: 'error'; problem: 'noSource' | 'notFound' | 'unreadable' | 'invalid' | 'noDraft'; details: string[] };

type SyncMessage = { kind: 'position'; position: DeckPosition } | { kind: 'hello' };

export class Presenter {
  status: PresenterStatus = $state({ kind: 'loading' });
  position: DeckPosition = $state({ slide: 0, step: 0 });
  /** Each slide's graph by slide id, filled as the API answers. */
  graphs: Record<string, SlideGraphData> = $state({});

  readonly deck = $derived(this.status.kind === 'ready' ? this.status.deck : null);
  readonly slide = $derived(this.deck?.slides[this.position.slide] ?? null);
  readonly nextSlide = $derived(this.deck?.slides[this.position.slide + 1] ?? null);
  readonly atEnd = $derived(!!this.deck && this.position.slide === this.deck.slides.length - 1 && !!this.slide && this.position.step === stepCount(this.slide) - 1);
  readonly atStart = $derived(this.position.slide === 0 && this.position.step === 0);

  #channel: BroadcastChannel | undefined;

  readonly source: DeckSource;

  constructor(source: DeckSource, start: DeckPosition) {
    this.source = source;
    this.position = start;
  }

  async open(fetchFn: typeof fetch): Promise<void> {
    try {
      const deck = await this.#readDeck(fetchFn);
      if (!deck) return;
      this.status = { kind: 'ready', deck };
      this.position = clampPosition(deck, this.position);
      await Promise.all(deck.slides.map(async (s) => {
        const { slideGraph } = await request(fetchFn, SlideGraphDocument, { ids: s.nodes });
        this.graphs[s.id] = slideGraph;
      }));
    } catch (e) {
      if (this.status.kind !== 'ready') this.status = { kind: 'error', problem: 'unreadable', details: [e instanceof Error ? e.message : String(e)] };
    }
  }

  async #readDeck(fetchFn: typeof fetch): Promise<Deck | null> {
    const source = this.source;
    switch (source.kind) {
      case 'none':
        this.status = { kind: 'error', problem: 'noSource', details: [] };
        return null;
      case 'draft': {
        const draft = loadDraft();
        if (!draft) this.status = { kind: 'error', problem: 'noDraft', details: [] };
        return draft;
      }
      case 'entity': {
        let data;
        try {
          data = await request(fetchFn, DeckNeighbourhoodDocument, { id: source.id });
        } catch (e) {
          if (e instanceof GraphQLRequestError && e.code === 'NOT_FOUND') {
            this.status = { kind: 'error', problem: 'notFound', details: [source.id] };
            return null;
          }
          throw e;
        }
        if (!data.node) {
          this.status = { kind: 'error', problem: 'notFound', details: [source.id] };
          return null;
        }
        return instantDeck(data.node, data.neighbourhood.nodes, data.neighbourhood.edges);
      }
      case 'builtin':
      case 'url': {
        const url = source.kind === 'builtin' ? builtinDeckUrl(source.name) : source.src;
        const response = await fetchFn(url, { headers: { accept: 'application/json' } });
        if (!response.ok) {
          this.status = { kind: 'error', problem: response.status === 404 ? 'notFound' : 'unreadable', details: [`${url}: HTTP ${response.status}`] };
          return null;
        }
        let raw: unknown;
        try {
          raw = JSON.parse(await response.text());
        } catch {
          this.status = { kind: 'error', problem: 'invalid', details: [`${url}: not JSON`] };
          return null;
        }
        const parsed = parseDeck(raw);
        if (!parsed.ok) {
          this.status = { kind: 'error', problem: 'invalid', details: parsed.errors };
          return null;
        }
        return parsed.deck;
      }
      default:
        throw new UnreachableCaseError(source);
    }
  }

  #move(to: DeckPosition, broadcast = true) {
    if (!this.deck) return;
    const p = clampPosition(this.deck, to);
    if (p.slide === this.position.slide && p.step === this.position.step) return;
    this.position = p;
    if (broadcast) this.#post({ kind: 'position', position: p });
  }

  next = () => this.deck && this.#move(nextPosition(this.deck, this.position));
  previous = () => this.deck && this.#move(previousPosition(this.deck, this.position));
  first = () => this.#move({ slide: 0, step: 0 });
  last = () => this.deck && this.#move({ slide: this.deck.slides.length - 1, step: Infinity });
  goTo = (slide: number) => this.#move({ slide, step: 0 });

  /** The query that reopens this deck (for the speaker window, handouts and sharing). */
  get query(): string {
    return sourceQuery(this.source);
  }

  /** Keeps windows showing this deck at the same place; returns the disconnect. */
  connect(): () => void {
    if (typeof BroadcastChannel === 'undefined') return () => {};
    const channel = new BroadcastChannel(`atlas-present:${this.query}`);
    channel.onmessage = (event: MessageEvent<SyncMessage>) => {
      const message = event.data;
      if (message?.kind === 'position') this.#move(message.position, false);
      else if (message?.kind === 'hello') this.#post({ kind: 'position', position: this.position });
    };
    this.#channel = channel;
    this.#post({ kind: 'hello' });
    return () => {
      channel.close();
      this.#channel = undefined;
    };
  }

  #post(message: SyncMessage) {
    this.#channel?.postMessage($state.snapshot(message));
  }
}
