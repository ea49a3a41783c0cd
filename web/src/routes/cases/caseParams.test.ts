import { describe, expect, it } from 'vitest';
import { caseSearch, isFiltered, readCaseParams, toCaseFilter, toggle } from './caseParams';

describe('case library parameters', () => {
  it('reads repeated facet values and drops malformed ones', () => {
    const p = readCaseParams(new URLSearchParams('q=%20银行%20&city=city:hangzhou&city=city:hangzhou&city=bad id&decade=2010&decade=20x&dimension=resource'));
    expect(p).toEqual({ q: '银行', cities: ['city:hangzhou'], mechanisms: [], problems: [], dimensions: ['resource'], decades: [2010] });
    expect(toCaseFilter(p)).toEqual({ text: '银行', cities: ['city:hangzhou'], dimensions: ['resource'], decades: [2010] });
  });

  it('writes the parameters back so a link reproduces the same filters', () => {
    const p = readCaseParams(new URLSearchParams('mechanism=mechanism:charity-bank&decade=2010'));
    expect(readCaseParams(new URLSearchParams(caseSearch(p)))).toEqual(p);
    expect(caseSearch(readCaseParams(new URLSearchParams('')))).toBe('');
  });

  it('toggles a value on and off', () => {
    const p = readCaseParams(new URLSearchParams('decade=2010'));
    const on = toggle(p, 'decades', '1990');
    expect(on.decades).toEqual([2010, 1990]);
    expect(toggle(on, 'decades', '2010').decades).toEqual([1990]);
    expect(isFiltered(toggle(toggle(p, 'decades', '2010'), 'cities', 'city:x'))).toBe(true);
    expect(isFiltered(toggle(p, 'decades', '2010'))).toBe(false);
  });
});
