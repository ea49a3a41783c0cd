import { describe, expect, it } from 'vitest';
import { mapSearch, readMapParams } from './mapParams';

describe('map parameters', () => {
  it('read back what they write', () => {
    const params = { colourBy: 'dimension' as const, mechanism: 'mechanism:community-foundation', year: 2015 };
    expect(mapSearch(params)).toBe('?mechanism=mechanism%3Acommunity-foundation&year=2015&colour=dimension');
    expect(readMapParams(new URLSearchParams(mapSearch(params)))).toEqual(params);
  });

  it('leave the defaults out of the address and keep other parameters', () => {
    expect(mapSearch({ colourBy: 'batch', mechanism: null, year: null })).toBe('');
    expect(mapSearch({ colourBy: 'batch', mechanism: null, year: 2011 }, new URLSearchParams('lang=en&year=2015'))).toBe('?lang=en&year=2011');
  });

  it('ignore values that are not a mechanism id, a year or a known colouring', () => {
    expect(readMapParams(new URLSearchParams('mechanism=city:beijing&year=abc&colour=rainbow'))).toEqual({ colourBy: 'batch', mechanism: null, year: null });
    expect(readMapParams(new URLSearchParams('year=20155'))).toMatchObject({ year: null });
  });
});
