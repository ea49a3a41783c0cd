import { describe, expect, it } from 'vitest';
import { emptyDeck, emptySlide, type Slide } from './deck';
import { addNodes, duplicateSlide, freshSlideId, insertSlide, moveSlide, removeNode, removeSlide, revealStepOf, setRevealStep, toggleHighlight } from './deckEdits';

const slide = (): Slide => ({ ...emptySlide('s1'), nodes: ['case:a', 'city:b', 'mechanism:c'], highlights: ['city:b'], steps: [['city:b'], ['mechanism:c']], positions: { 'city:b': { x: 1, y: 1 } } });

describe('slide edits', () => {
  it('adds entities once each', () => {
    expect(addNodes(slide(), ['city:b', 'problem:d']).nodes).toEqual(['case:a', 'city:b', 'mechanism:c', 'problem:d']);
  });

  it('removes an entity from everything that names it and closes up its step', () => {
    const s = removeNode(slide(), 'city:b');
    expect(s).toMatchObject({ nodes: ['case:a', 'mechanism:c'], highlights: [], steps: [['mechanism:c']], positions: {} });
  });

  it('moves an entity between reveal steps, numbering steps from 1 without gaps', () => {
    const s = slide();
    expect(revealStepOf(s, 'case:a')).toBe(0);
    expect(revealStepOf(s, 'mechanism:c')).toBe(2);
    expect(setRevealStep(s, 'case:a', 3).steps).toEqual([['city:b'], ['mechanism:c'], ['case:a']]);
    expect(setRevealStep(s, 'city:b', 0).steps).toEqual([['mechanism:c']]);
    expect(setRevealStep(s, 'mechanism:c', 1).steps).toEqual([['city:b', 'mechanism:c']]);
  });

  it('toggles a highlight', () => {
    expect(toggleHighlight(slide(), 'city:b').highlights).toEqual([]);
    expect(toggleHighlight(slide(), 'case:a').highlights).toEqual(['city:b', 'case:a']);
  });
});

describe('deck edits', () => {
  it('inserts, duplicates, moves and removes slides with unique ids', () => {
    let d = { ...emptyDeck(), slides: [slide()] };
    d = insertSlide(d, 1);
    expect(d.slides.map((s) => s.id)).toEqual(['s1', 's2']);
    d = duplicateSlide(d, 0);
    expect(d.slides.map((s) => s.id)).toEqual(['s1', 's3', 's2']);
    expect(d.slides[1].nodes).toEqual(slide().nodes);
    d = moveSlide(d, 2, -1);
    expect(d.slides.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(moveSlide(d, 0, -1)).toBe(d);
    d = removeSlide(d, 0);
    expect(d.slides.map((s) => s.id)).toEqual(['s2', 's3']);
    expect(freshSlideId(d)).toBe('s4');
  });
});
