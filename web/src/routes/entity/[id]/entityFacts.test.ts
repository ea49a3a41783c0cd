import { describe, expect, it } from 'vitest';
import type { EntityDetailFragment } from '../../../lib/generated/graphql';
import { entityFacts } from './entityFacts';

const common = { nameZh: '名', nameEn: 'Name', summaryZh: '', summaryEn: '', aliases: [], yearFrom: null, yearTo: null, degree: 0, sources: [] };

describe('entityFacts', () => {
  it('lists a city’s facts in order, translating enumerations and pairing coordinates', () => {
    const city: EntityDetailFragment = {
      __typename: 'City', id: 'city:shanghai', type: 'City', ...common,
      province: '上海市', adminLevel: 'municipality', sizeClass: 'super-large', population: 24870895, adminCode: '310000', lat: 31.23, lng: 121.47,
    };
    expect(entityFacts(city)).toEqual([
      { kind: 'text', field: 'province', value: '上海市' },
      { kind: 'enum', field: 'adminLevel', enumName: 'adminLevel', values: ['municipality'] },
      { kind: 'enum', field: 'sizeClass', enumName: 'sizeClass', values: ['super-large'] },
      { kind: 'number', field: 'population', value: 24870895 },
      { kind: 'code', field: 'adminCode', value: '310000' },
      { kind: 'coordinates', field: 'coordinates', lat: 31.23, lng: 121.47 },
    ]);
  });

  it('leaves out empty values', () => {
    const city: EntityDetailFragment = {
      __typename: 'City', id: 'city:x', type: 'City', ...common,
      province: ' ', adminLevel: null, sizeClass: null, population: null, adminCode: null, lat: 31, lng: null,
    };
    expect(entityFacts(city)).toEqual([]);
  });

  it('shows a mechanism’s dimensions as one translated list', () => {
    const m: EntityDetailFragment = { __typename: 'Mechanism', id: 'mechanism:x', type: 'Mechanism', ...common, dimensions: ['institution', 'technology'], partKind: null };
    expect(entityFacts(m)).toEqual([{ kind: 'enum', field: 'dimensions', enumName: 'dimension', values: ['institution', 'technology'] }]);
  });

  it('gives a statistic its unit and a zone its bilingual theme', () => {
    const s: EntityDetailFragment = { __typename: 'Statistic', id: 'stat:x', type: 'Statistic', ...common, value: 1.5, unit: '%' };
    expect(entityFacts(s)).toEqual([{ kind: 'number', field: 'value', value: 1.5, unit: '%' }]);
    const z: EntityDetailFragment = {
      __typename: 'ExperimentZone', id: 'zone:x', type: 'ExperimentZone', ...common,
      batch: 3, themeZh: '三社联动', themeEn: null, province: null, adminCode: null, lat: null, lng: null,
    };
    expect(entityFacts(z)).toEqual([
      { kind: 'number', field: 'batch', value: 3 },
      { kind: 'bilingual', field: 'theme', zh: '三社联动', en: null },
    ]);
  });

  it('links only http(s) addresses of a publication and shows anything else as text', () => {
    const base = { __typename: 'Publication' as const, id: 'pub:x', type: 'Publication' as const, ...common, kind: 'article', venue: null, volume: null, issue: null, pages: null, language: null, seedDoc: null, authorsText: null };
    expect(entityFacts({ ...base, url: 'https://example.org/a' })).toContainEqual({ kind: 'link', field: 'url', href: 'https://example.org/a' });
    expect(entityFacts({ ...base, url: 'javascript:alert(1)' })).toContainEqual({ kind: 'text', field: 'url', value: 'javascript:alert(1)' });
  });
});
