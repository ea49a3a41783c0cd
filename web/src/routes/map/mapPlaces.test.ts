import { describe, expect, it } from 'vitest';
import { colourKey, eventYears, mechanismOptions, nextYear, placeState, radiusFor, shownPlaces, type MapPlace } from './mapPlaces';

const mech = (id: string, year: number | null, dimensions: string[] = []) => ({ id, nameZh: id, nameEn: id, dimensions, year });
const kase = (id: string, year: number | null) => ({ id, nameZh: id, nameEn: id, year });
const place = (over: Partial<MapPlace> & Pick<MapPlace, 'id'>): MapPlace => ({
  type: 'City',
  nameZh: over.id,
  nameEn: over.id,
  lat: 30,
  lng: 110,
  province: null,
  batch: null,
  yearFrom: null,
  yearTo: null,
  since: null,
  dimensions: [],
  cases: [],
  mechanisms: [],
  ...over,
});

const gusu = place({ id: 'zone:gusu', type: 'ExperimentZone', batch: 3, since: 2015, dimensions: ['institution'], cases: [kase('case:g', 2015)], mechanisms: [mech('mechanism:p', 2015, ['institution'])] });
const shanghai = place({ id: 'city:shanghai', since: 1984, dimensions: ['subject'], cases: [kase('case:s1', 1984), kase('case:s2', 2012)], mechanisms: [mech('mechanism:three', 2004), mech('mechanism:cf', null)] });
const quiet = place({ id: 'city:quiet' });
const nowhere = place({ id: 'city:nowhere', lat: null, lng: null, since: 2000 });
const all = [gusu, shanghai, quiet, nowhere];
const onMap = () => [0, 0] as [number, number];

describe('placeState', () => {
  it('shows every located place for all years, counting all its cases', () => {
    expect(placeState(quiet, { mechanism: null, year: null })).toEqual({ shown: true, cases: 0 });
    expect(placeState(shanghai, { mechanism: null, year: null })).toEqual({ shown: true, cases: 2 });
  });

  it('shows a place from its first dated year on, with the cases dated by then; undated places wait for all years', () => {
    expect(placeState(gusu, { mechanism: null, year: 2014 }).shown).toBe(false);
    expect(placeState(gusu, { mechanism: null, year: 2015 }).shown).toBe(true);
    expect(placeState(shanghai, { mechanism: null, year: 2000 })).toEqual({ shown: true, cases: 1 });
    expect(placeState(quiet, { mechanism: null, year: 2020 }).shown).toBe(false);
  });

  it('with a mechanism, shows only where it is used, from the year it is first recorded there', () => {
    expect(placeState(shanghai, { mechanism: 'mechanism:three', year: 2003 }).shown).toBe(false);
    expect(placeState(shanghai, { mechanism: 'mechanism:three', year: 2004 }).shown).toBe(true);
    expect(placeState(shanghai, { mechanism: 'mechanism:cf', year: 2024 }).shown).toBe(false);
    expect(placeState(shanghai, { mechanism: 'mechanism:cf', year: null }).shown).toBe(true);
    expect(placeState(gusu, { mechanism: 'mechanism:three', year: null }).shown).toBe(false);
  });
});

describe('shownPlaces', () => {
  it('leaves out places without coordinates or off the map, and draws larger markers first', () => {
    const shown = shownPlaces(all, { mechanism: null, year: null }, 'batch', (lng) => (lng === 110 ? [1, 2] : null));
    expect(shown.map((s) => s.place.id)).toEqual(['city:shanghai', 'zone:gusu', 'city:quiet']);
    expect(shown[1]).toMatchObject({ x: 1, y: 2, shape: 'diamond', colourKey: '3', cases: 1 });
    expect(shown[0]).toMatchObject({ shape: 'circle', colourKey: 'city' });
  });

  it('narrows to the places of a mechanism', () => {
    expect(shownPlaces(all, { mechanism: 'mechanism:p', year: null }, 'dimension', onMap).map((s) => s.place.id)).toEqual(['zone:gusu']);
  });
});

describe('colours and sizes', () => {
  it('colours zones by batch and cities as cities, or every place by its leading dimension', () => {
    expect(colourKey(gusu, 'batch')).toBe('3');
    expect(colourKey(shanghai, 'batch')).toBe('city');
    expect(colourKey(shanghai, 'dimension')).toBe('subject');
    expect(colourKey(quiet, 'dimension')).toBe('none');
  });

  it('grows markers with the number of cases, by area', () => {
    expect(radiusFor(0)).toBeGreaterThan(0);
    expect(radiusFor(4) - radiusFor(0)).toBeCloseTo(2 * (radiusFor(1) - radiusFor(0)));
  });
});

describe('the time line', () => {
  it('runs over the years something appears at a place on the map, or where a chosen mechanism appears', () => {
    expect(eventYears(all, (p) => p.lat !== null)).toEqual([1984, 2004, 2012, 2015]);
    expect(eventYears(all, (p) => p.lat !== null, 'mechanism:three')).toEqual([2004]);
  });

  it('plays from the first such year to the last, then ends on all years', () => {
    const years = [1984, 2004, 2015];
    expect(nextYear(null, years)).toBe(1984);
    expect(nextYear(1984, years)).toBe(2004);
    expect(nextYear(2010, years)).toBe(2015);
    expect(nextYear(2015, years)).toBeNull();
    expect(nextYear(null, [])).toBeNull();
  });
});

describe('mechanismOptions', () => {
  it('lists each mechanism once, the most widely used first', () => {
    const twice = place({ id: 'city:x', mechanisms: [mech('mechanism:three', 2010)] });
    expect(mechanismOptions([...all, twice]).map((o) => [o.id, o.places])).toEqual([['mechanism:three', 2], ['mechanism:cf', 1], ['mechanism:p', 1]]);
  });
});
