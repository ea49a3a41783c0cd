import { describe, expect, it } from 'vitest';
import { DIMENSIONS, NODE_TYPES, NODE_TYPE_NAMES, REL_TYPE_NAMES, SECTORS, STANCES } from '../../../../graph-schema/model';
import { LANGS } from './lang';
import { CATALOGUES } from './messages/allMessages';
import { format, localized, placeholdersOf, translate, translateEnum } from './translate';

const keysOf = (o: object) => Object.keys(o).sort();
const valuesOf = (spec: { values?: readonly string[] }): readonly string[] => {
  if (!spec.values) throw new Error('expected an enumerated property');
  return spec.values;
};

describe('message catalogues', () => {
  it('have exactly the same keys in Chinese and English', () => {
    const zhKeys = keysOf(CATALOGUES.zh);
    const enKeys = keysOf(CATALOGUES.en);
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('have no empty message in either language', () => {
    for (const lang of LANGS) {
      const empty = Object.entries(CATALOGUES[lang]).filter(([, text]) => text.trim() === '');
      expect(empty, lang).toEqual([]);
    }
  });

  it('use the same placeholders for a key in both languages', () => {
    const mismatched = Object.keys(CATALOGUES.zh).filter(
      (key) => placeholdersOf(CATALOGUES.zh[key as keyof typeof CATALOGUES.zh]).join() !== placeholdersOf(CATALOGUES.en[key as keyof typeof CATALOGUES.en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('name every entity type of the graph model, singular and plural', () => {
    for (const lang of LANGS) {
      for (const type of NODE_TYPE_NAMES) {
        expect(CATALOGUES[lang], `${lang} type.${type}`).toHaveProperty([`type.${type}`]);
        expect(CATALOGUES[lang], `${lang} types.${type}`).toHaveProperty([`types.${type}`]);
      }
    }
  });

  it('name both directions of every relationship type of the graph model', () => {
    for (const lang of LANGS) {
      for (const rel of REL_TYPE_NAMES) {
        expect(CATALOGUES[lang], `${lang} rel.${rel}.out`).toHaveProperty([`rel.${rel}.out`]);
        expect(CATALOGUES[lang], `${lang} rel.${rel}.in`).toHaveProperty([`rel.${rel}.in`]);
      }
    }
  });

  it('translate every value of the enumerated properties', () => {
    const enums: Record<string, readonly string[]> = {
      sector: SECTORS,
      dimension: DIMENSIONS,
      stance: STANCES,
      adminLevel: valuesOf(NODE_TYPES.City.props.adminLevel),
      sizeClass: valuesOf(NODE_TYPES.City.props.sizeClass),
      level: valuesOf(NODE_TYPES.Locality.props.level),
      pubKind: valuesOf(NODE_TYPES.Publication.props.kind),
      language: valuesOf(NODE_TYPES.Publication.props.language),
    };
    for (const lang of LANGS) {
      for (const [field, values] of Object.entries(enums)) {
        for (const value of values) expect(CATALOGUES[lang], `${lang} enum.${field}.${value}`).toHaveProperty([`enum.${field}.${value}`]);
      }
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'browse.range', { from: 1, to: 20, total: 57 })).toBe('Showing 1–20 of 57');
    expect(translate('zh', 'browse.range', { from: 1, to: 20, total: 57 })).toBe('第 1–20 项，共 57 项');
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('translates enumeration values and shows unknown ones as stored', () => {
    expect(translateEnum('zh', 'sector', 'party')).toBe('党组织');
    expect(translateEnum('en', 'sizeClass', 'megacity')).toBe('Megacity');
    expect(translateEnum('en', 'sizeClass', 'gigantic')).toBe('gigantic');
  });
});

describe('localized', () => {
  it('picks the reader’s language and falls back to the other when it is empty', () => {
    expect(localized('zh', '三社联动', 'Three-Social Linkage')).toBe('三社联动');
    expect(localized('en', '三社联动', 'Three-Social Linkage')).toBe('Three-Social Linkage');
    expect(localized('en', '三社联动', '  ')).toBe('三社联动');
    expect(localized('zh', '', 'Only English')).toBe('Only English');
    expect(localized('zh', null, null)).toBe('');
  });
});
