import { describe, expect, it } from 'vitest';
import { shortName, withShortNames } from './shortName';

describe('shortName', () => {
  it('breaks a Chinese name into short lines and cuts what does not fit', () => {
    expect(shortName('政府单一供给难以为继', 6, 2)).toBe('政府单一供给\n难以为继');
    expect(shortName('城市社区治理社会化的要素嵌入与整体性建构', 5, 2)).toBe('城市社区治\n理社会化…');
    expect(shortName('三社联动')).toBe('三社联动');
  });

  it('cuts other text at a word boundary and leaves it on one line', () => {
    expect(shortName('Element Embedding and Holistic Construction in the Socialisation of Urban Community Governance', 5, 2)).toBe('Element Embedding and…');
    expect(shortName('Charity Bank')).toBe('Charity Bank');
  });

  it('shortens both names of an entity and keeps the rest', () => {
    expect(withShortNames({ id: 'x', nameZh: '一二三四五六七', nameEn: 'ok' }, 3, 2)).toEqual({ id: 'x', nameZh: '一二三\n四五…', nameEn: 'ok' });
  });
});
