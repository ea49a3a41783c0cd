import { describe, expect, it } from 'vitest';
import { COMPARISON } from './compareFixture';
import { readCompareParams } from './compareParams';
import { compareTable, visibleIds } from './compareTable';

const params = (search: string) => readCompareParams(new URLSearchParams(`ids=model:a,model:b&${search}`));
const name = (e: { nameEn: string }) => e.nameEn;

describe('compare table', () => {
  it('puts each entity’s items in its column, facet by facet', () => {
    const t = compareTable(COMPARISON, params(''), name);
    expect(t.columns.map((c) => c.id)).toEqual(['model:a', 'model:b']);
    expect(t.rows.map((r) => r.facet)).toEqual(['ACTORS', 'PERIODS']);
    expect(t.rows[0].cells.map((cell) => cell.map((i) => i.key))).toEqual([['actor:rc'], ['actor:rc', 'actor:firm']]);
  });

  it('filters to shared or unique items and by text, recounting each row', () => {
    expect(compareTable(COMPARISON, params('show=shared'), name).rows.map((r) => [r.facet, r.items.length])).toEqual([['ACTORS', 1]]);
    expect(compareTable(COMPARISON, params('show=unique'), name).rows[0].items.map((i) => i.key)).toEqual(['actor:firm']);
    expect(compareTable(COMPARISON, params('q=1990'), name).rows.map((r) => r.items.map((i) => i.key))).toEqual([['decade:1990']]);
    expect(compareTable(COMPARISON, params('q=居委'), name).rows[0].items.map((i) => i.key)).toEqual(['actor:rc']);
  });

  it('keeps only the chosen facets and sorts rows and columns', () => {
    expect(compareTable(COMPARISON, params('facets=PERIODS'), name).rows.map((r) => r.facet)).toEqual(['PERIODS']);
    expect(compareTable(COMPARISON, params('rows=unique'), name).rows.map((r) => r.facet)).toEqual(['PERIODS', 'ACTORS']);
    expect(compareTable(COMPARISON, params('cols=items'), name).columns.map((c) => c.id)).toEqual(['model:b', 'model:a']);
    expect(compareTable(COMPARISON, params('cols=name'), (e) => (e.nameEn === 'Model A' ? 'z' : 'a')).columns.map((c) => c.id)).toEqual(['model:b', 'model:a']);
  });

  it('leaves out facets with nothing in them, and names them', () => {
    const withEmpty = { ...COMPARISON, facets: [...COMPARISON.facets, { facet: 'CASES' as const, sharedCount: 0, uniqueCount: 0, items: [] }] };
    const t = compareTable(withEmpty, params(''), name);
    expect(t.rows.map((r) => r.facet)).toEqual(['ACTORS', 'PERIODS']);
    expect(t.emptyFacets).toEqual(['CASES']);
    expect(compareTable(withEmpty, params('facets=ACTORS'), name).emptyFacets).toEqual([]);
  });

  it('leaves the compared entities and the shown items unfaded in the graph', () => {
    expect([...visibleIds(compareTable(COMPARISON, params('show=shared'), name))].sort()).toEqual(['actor:rc', 'model:a', 'model:b']);
  });
});
