import { describe, expect, it } from 'vitest';
import type { RelationType } from '../generated/graphql';
import { parseDeck, serializeDeck } from './deck';
import { instantDeck } from './instantDeck';

const centre = { id: 'case:c', nameZh: '案例', nameEn: 'A case', summaryZh: '简介', summaryEn: 'Summary' };
const n = (id: string) => ({ id, nameZh: id, nameEn: id });
const e = (from: string, type: RelationType, to: string) => ({ from, type, to });

describe('instantDeck', () => {
  it('reveals related entities one relationship group at a time, in the entity page’s order', () => {
    const deck = instantDeck(
      centre,
      [n('city:x'), n('mechanism:m1'), n('mechanism:m2'), n('actor:a'), n('pub:p')],
      [e('pub:p', 'DISCUSSES', 'case:c'), e('case:c', 'LOCATED_IN', 'city:x'), e('case:c', 'APPLIES', 'mechanism:m1'), e('case:c', 'INVOLVES', 'actor:a'), e('case:c', 'APPLIES', 'mechanism:m2')],
    );
    const [slide] = deck.slides;
    expect(slide.nodes[0]).toBe('case:c');
    expect(slide.steps).toEqual([['mechanism:m1', 'mechanism:m2'], ['actor:a'], ['city:x'], ['pub:p']]);
    expect(slide.highlights).toEqual(['case:c']);
    expect(slide.caption).toEqual({ zh: '简介', en: 'Summary' });
    expect(slide.notes.en.split('\n')[0]).toMatch(/^1\. .+ \(2\)$/);
    expect(parseDeck(JSON.parse(serializeDeck(deck)))).toEqual({ ok: true, deck });
  });

  it('folds the smallest groups into a last step when there are many', () => {
    const types: RelationType[] = ['HAS_PART', 'APPLIES', 'USES', 'INVOLVES', 'ADDRESSES', 'EXEMPLIFIES', 'LOCATED_IN', 'DISCUSSES'];
    const nodes = types.map((_, i) => n(`mechanism:m${i}`));
    const edges = types.map((t, i) => e('case:c', t, `mechanism:m${i}`));
    const [slide] = instantDeck(centre, nodes, edges).slides;
    expect(slide.steps).toHaveLength(6);
    expect(slide.steps[5]).toEqual(['mechanism:m5', 'mechanism:m6', 'mechanism:m7']);
  });
});
