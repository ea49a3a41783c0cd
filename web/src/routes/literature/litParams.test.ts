import { describe, expect, it } from 'vitest';
import { litSearch, readLitParams, shortLabel, toLiteratureFilter } from './litParams';

describe('literature parameters', () => {
  it('reads the filters, swapping a reversed year range and dropping unknown values', () => {
    const p = readLitParams(new URLSearchParams('q=嵌入&from=2019&to=2005&language=fr&kind=book&author=person:li-juan&seed=1'));
    expect(p).toEqual({ q: '嵌入', from: 2005, to: 2019, language: '', kind: 'book', author: 'person:li-juan', seed: true });
    expect(toLiteratureFilter(p)).toEqual({ text: '嵌入', yearFrom: 2005, yearTo: 2019, kind: 'book', author: 'person:li-juan', seedOnly: true });
  });

  it('writes them back so a link reproduces the list', () => {
    const p = readLitParams(new URLSearchParams('language=en&from=1980'));
    expect(litSearch(p)).toBe('?from=1980&language=en');
    expect(readLitParams(new URLSearchParams(litSearch(p)))).toEqual(p);
  });
});

describe('shortLabel', () => {
  it('names a work by its first author and year', () => {
    expect(shortLabel(['唐鸣', '李梦兰'], null, 2019, '城市社区治理')).toBe('唐鸣等 2019');
    expect(shortLabel(['Granovetter'], null, 1985, 'Economic Action')).toBe('Granovetter 1985');
    expect(shortLabel([], 'Kang Xiaoguang, Han Heng', 2007, 'x')).toBe('Kang 2007');
  });

  it('falls back to a shortened title without an author', () => {
    expect(shortLabel([], null, 2015, '中国35个城市生活质量调查报告（2015年）')).toBe('中国35个城市生活质量调查报告（2… 2015');
    expect(shortLabel([], null, null, 'Short')).toBe('Short');
  });
});
