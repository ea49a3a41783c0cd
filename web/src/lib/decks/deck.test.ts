import { describe, expect, it } from 'vitest';
import { concealedAt, emptyDeck, nextPosition, parseDeck, pick, previousPosition, revealed, serializeDeck, type Deck, type Slide } from './deck';

const slide = (id: string, nodes: string[], steps: string[][] = []): Slide => ({
  id, title: { zh: id, en: id }, caption: { zh: '', en: '' }, notes: { zh: '', en: '' }, nodes, layout: 'concentric', roots: [], highlights: [], steps, positions: {},
});
const deck: Deck = { ...emptyDeck(), slides: [slide('a', ['case:x', 'mechanism:y', 'city:z'], [['mechanism:y'], ['city:z']]), slide('b', ['case:q'])] };

describe('parseDeck', () => {
  it('reads back what serializeDeck wrote', () => {
    const withPositions: Deck = { ...deck, title: { zh: '标题', en: 'Title' }, slides: [{ ...deck.slides[0], highlights: ['case:x'], positions: { 'case:x': { x: 1, y: 2 } } }, deck.slides[1]] };
    const parsed = parseDeck(JSON.parse(serializeDeck(withPositions)));
    expect(parsed).toEqual({ ok: true, deck: withPositions });
  });

  it('names every problem of a bad file with its path', () => {
    const r = parseDeck({
      format: 'governance-atlas/deck', version: 1,
      slides: [{ nodes: ['case:x', 'not an id', 7], highlights: ['city:elsewhere'], layout: 'spiral', title: 5 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'slides[0].nodes[1]: not an entity id',
      'slides[0].nodes[2]: not an entity id',
      'slides[0].layout: expected one of fcose, concentric, breadthfirst, preset',
      'slides[0].title: expected {zh, en}',
      "slides[0].highlights: city:elsewhere is not among the slide's nodes",
    ]);
  });

  it('refuses something that is not a deck at all', () => {
    expect(parseDeck([1, 2])).toEqual({ ok: false, errors: ['the file is not a deck (expected a JSON object)'] });
    expect(parseDeck({ format: 'other', version: 1, slides: 'x' })).toMatchObject({ ok: false });
  });

  it('fills defaults, accepts a plain string as both languages, and makes slide ids unique', () => {
    const r = parseDeck({ format: 'governance-atlas/deck', version: 1, title: '讲座', slides: [{ id: 'x', nodes: ['case:a'] }, { id: 'x' }] });
    expect(r.ok && r.deck.title).toEqual({ zh: '讲座', en: '讲座' });
    expect(r.ok && r.deck.slides.map((s) => s.id)).toEqual(['x', 'x-2']);
    expect(r.ok && r.deck.slides[0].layout).toBe('fcose');
  });

  it('keeps a node in the first step that reveals it only', () => {
    const r = parseDeck({ format: 'governance-atlas/deck', version: 1, slides: [{ nodes: ['case:a', 'case:b'], steps: [['case:a'], ['case:a', 'case:b'], []] }] });
    expect(r.ok && r.deck.slides[0].steps).toEqual([['case:a'], ['case:b']]);
  });
});

describe('progressive reveal', () => {
  it('shows nodes in no step first, then each step’s nodes', () => {
    const s = deck.slides[0];
    expect([...revealed(s, 0)]).toEqual(['case:x']);
    expect(concealedAt(s, 0)).toEqual(['mechanism:y', 'city:z']);
    expect([...revealed(s, 1)]).toEqual(['case:x', 'mechanism:y']);
    expect(concealedAt(s, 2)).toEqual([]);
  });
});

describe('stepping', () => {
  it('moves forward through reveals, then slides, and stops at the end', () => {
    const path = [{ slide: 0, step: 0 }];
    for (let i = 0; i < 4; i++) path.push(nextPosition(deck, path[path.length - 1]));
    expect(path).toEqual([
      { slide: 0, step: 0 },
      { slide: 0, step: 1 },
      { slide: 0, step: 2 },
      { slide: 1, step: 0 },
      { slide: 1, step: 0 },
    ]);
  });

  it('moves back to the previous slide as it was left, fully revealed', () => {
    expect(previousPosition(deck, { slide: 1, step: 0 })).toEqual({ slide: 0, step: 2 });
    expect(previousPosition(deck, { slide: 0, step: 1 })).toEqual({ slide: 0, step: 0 });
    expect(previousPosition(deck, { slide: 0, step: 0 })).toEqual({ slide: 0, step: 0 });
  });

  it('clamps positions from a URL that point past the deck', () => {
    expect(nextPosition(deck, { slide: 9, step: 9 })).toEqual({ slide: 1, step: 0 });
    expect(previousPosition(deck, { slide: -3, step: Number.NaN })).toEqual({ slide: 0, step: 0 });
  });

  it('falls back to the other language when a text is missing', () => {
    expect(pick({ zh: '', en: 'Only English' }, 'zh')).toBe('Only English');
    expect(pick({ zh: '中文', en: 'English' }, 'en')).toBe('English');
  });
});
