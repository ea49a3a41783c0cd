import { describe, expect, it } from 'vitest';
import { compareHref, compareSearch, readCompareParams } from './compareParams';

const read = (search: string) => readCompareParams(new URLSearchParams(search));

describe('compare page URL', () => {
  it('reads ids in order, dropping blanks, repeats, malformed ids and any beyond six', () => {
    expect(read('ids=model:shanghai-model,model:shenyang-model').ids).toEqual(['model:shanghai-model', 'model:shenyang-model']);
    expect(read('ids=a:1,,a:1, b:2 ,not-an-id,c:3,d:4,e:5,f:6,g:7').ids).toEqual(['a:1', 'b:2', 'c:3', 'd:4', 'e:5', 'f:6']);
    expect(read('').ids).toEqual([]);
  });

  it('falls back to defaults for unknown values and keeps facets in their own order', () => {
    expect(read('show=bogus&rows=x&cols=y')).toMatchObject({ show: 'all', rows: 'facet', cols: 'chosen' });
    expect(read('facets=SOURCES,ACTORS,NOPE').facets).toEqual(['ACTORS', 'SOURCES']);
    expect(read('facets=').facets).toHaveLength(11);
  });

  it('round-trips every setting through the permalink', () => {
    const p = { ids: ['model:shanghai-model', 'case:jinan-lixia-charity-bank'], show: 'shared' as const, facets: ['PROBLEMS' as const, 'PLACES' as const], q: '社区 fund', rows: 'unique' as const, cols: 'name' as const };
    const search = compareSearch(p);
    expect(search).toContain('ids=model:shanghai-model,case:jinan-lixia-charity-bank');
    expect(read(search.slice(1))).toEqual(p);
  });

  it('leaves defaults out of the link an entity page gives', () => {
    expect(compareHref(['mechanism:grid-management'])).toBe('/compare?ids=mechanism:grid-management');
    expect(compareSearch({ ids: [] })).toBe('');
  });
});
