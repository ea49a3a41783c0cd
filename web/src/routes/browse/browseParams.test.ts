import { describe, expect, it } from 'vitest';
import { browseHref, readBrowseParams } from './browseParams';

const read = (s: string) => readBrowseParams(new URLSearchParams(s));

describe('readBrowseParams', () => {
  it('reads the search, type and page', () => {
    expect(read('q=%20三社联动%20&type=Mechanism&after=b2%3A23&start=24')).toEqual({ q: '三社联动', type: 'Mechanism', after: 'b2:23', start: 24 });
  });
  it('drops a type the graph does not have, and starts at 0 without a cursor', () => {
    expect(read('type=Spaceship')).toEqual({ q: '', type: null, after: null, start: 0 });
  });
  it('does not guess the position of a cursor given without start', () => {
    expect(read('after=abc').start).toBeNull();
    expect(read('after=abc&start=-3').start).toBeNull();
  });
  it('caps the search text', () => {
    expect(read(`q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });
});

describe('browseHref', () => {
  it('builds links with only the parameters that are set', () => {
    expect(browseHref({})).toBe('/browse');
    expect(browseHref({ q: 'grid', type: 'Mechanism' })).toBe('/browse?q=grid&type=Mechanism');
    expect(browseHref({ type: 'Case', after: 'x', start: 24 })).toBe('/browse?type=Case&after=x&start=24');
  });
});
