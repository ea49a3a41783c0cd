import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { chinaProvinces, simplifyLine } from './chinaOutline';
import { mapProjection } from './mapProjection';

const outline = chinaProvinces();
const feature = (id: string) => outline.features.find((f) => f.properties.id === id)!;

describe('chinaProvinces', () => {
  it('has the 34 province-level units, named in Chinese and English with their GB/T 2260 codes', () => {
    expect(outline.features).toHaveLength(34);
    expect(feature('CN.JS').properties).toMatchObject({ nameZh: '江苏省', nameEn: 'Jiangsu', code: '32' });
    expect(feature('TW').properties.nameZh).toBe('台湾省');
  });

  it('winds every outline so it encloses the province, not the rest of the globe', () => {
    for (const f of outline.features) {
      const area = geoArea(f);
      expect(area, f.properties.id).toBeGreaterThan(0);
      expect(area, f.properties.id).toBeLessThan(0.1);
    }
  });

  it('puts cities inside their provinces after simplification', () => {
    expect(geoContains(feature('CN.BJ'), [116.41, 39.9])).toBe(true);
    expect(geoContains(feature('CN.JS'), [120.62, 31.31])).toBe(true); // Suzhou
    expect(geoContains(feature('CN.XJ'), [84.87, 45.58])).toBe(true); // Karamay
    expect(geoContains(feature('CN.GD'), [116.41, 39.9])).toBe(false);
  });

  it('keeps the page light: the drawn outlines stay under 80,000 characters of path data', () => {
    const { path } = mapProjection(outline);
    expect(outline.features.reduce((n, f) => n + path(f).length, 0)).toBeLessThan(80_000);
  });
});

describe('simplifyLine', () => {
  it('drops points within the tolerance of the line and always keeps both ends', () => {
    expect(simplifyLine([[0, 0], [1, 0.01], [2, 0], [3, 1]], 0.1)).toEqual([[0, 0], [2, 0], [3, 1]]);
    expect(simplifyLine([[0, 0], [1, 1]], 5)).toEqual([[0, 0], [1, 1]]);
  });
});

describe('mapProjection', () => {
  const { point } = mapProjection(outline);

  it('places eastern cities east of western ones and northern ones above southern ones', () => {
    const beijing = point(116.41, 39.9)!;
    const shanghai = point(121.47, 31.23)!;
    const urumqi = point(87.62, 43.83)!;
    expect(urumqi[0]).toBeLessThan(beijing[0]);
    expect(beijing[1]).toBeLessThan(shanghai[1]);
  });

  it('leaves places far from China off the map', () => {
    expect(point(-81.69, 41.5)).toBeNull(); // Cleveland
  });
});
