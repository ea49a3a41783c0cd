import { describe, expect, it } from 'vitest';
import { isDeckUrl, readDeckSource, readMode, readStart, sourceQuery } from './deckSource';

const read = (q: string) => readDeckSource(new URLSearchParams(q));

describe('deck source', () => {
  it('reads shipped decks, addresses, the draft and entities', () => {
    expect(read('deck=third-batch-zones')).toEqual({ kind: 'builtin', name: 'third-batch-zones' });
    expect(read('src=%2Fdecks%2Fa.json')).toEqual({ kind: 'url', src: '/decks/a.json' });
    expect(read('src=https%3A%2F%2Fexample.org%2Fd.json')).toEqual({ kind: 'url', src: 'https://example.org/d.json' });
    expect(read('draft=1')).toEqual({ kind: 'draft' });
    expect(read('case=case:jinan-lixia-charity-bank')).toEqual({ kind: 'entity', id: 'case:jinan-lixia-charity-bank' });
    expect(read('')).toEqual({ kind: 'none' });
  });

  it('refuses names and addresses that could reach elsewhere', () => {
    expect(read('deck=../secrets')).toEqual({ kind: 'none' });
    expect(isDeckUrl('javascript:alert(1)')).toBe(false);
    expect(isDeckUrl('//evil.example/x.json')).toBe(false);
    expect(isDeckUrl('data:application/json,{}')).toBe(false);
    expect(isDeckUrl('/decks/x.json')).toBe(true);
  });

  it('writes back a query that reads as the same source', () => {
    for (const q of ['deck=a', 'src=%2Fdecks%2Fa.json', 'draft=1', 'entity=case%3Ax']) {
      expect(readDeckSource(new URLSearchParams(sourceQuery(read(q))))).toEqual(read(q));
    }
  });

  it('reads the mode and a 1-based start position', () => {
    expect(readMode(new URLSearchParams('mode=speaker'))).toBe('speaker');
    expect(readMode(new URLSearchParams('mode=video'))).toBe('slides');
    expect(readStart(new URLSearchParams('slide=3&step=2'))).toEqual({ slide: 2, step: 1 });
    expect(readStart(new URLSearchParams('slide=-1&step=x'))).toEqual({ slide: 0, step: 0 });
  });
});
