import { describe, expect, it } from 'vitest';
import { decadesOf } from './caseLibrary.js';

describe('decadesOf', () => {
  it('lists every decade a period overlaps', () => {
    expect(decadesOf(2015, 2018)).toEqual([2010]);
    expect(decadesOf(1984, 2014)).toEqual([1980, 1990, 2000, 2010]);
    expect(decadesOf(2019, 2020)).toEqual([2010, 2020]);
  });

  it('treats a single known year as its decade and no years as none', () => {
    expect(decadesOf(2012, null)).toEqual([2010]);
    expect(decadesOf(null, 2001)).toEqual([2000]);
    expect(decadesOf(null, null)).toEqual([]);
  });
});
