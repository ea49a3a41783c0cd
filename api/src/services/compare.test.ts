/** compare (issue 5) on a small graph built here: what is shared, what is unique, and where each cell comes from. */
import { describe, expect, it } from 'vitest';
import { typeOfId, type RelType } from '../../../graph-schema/model.js';
import { edgeId, type EdgeRecord, type NodeRecord, type Source } from '../../../graph-schema/records.js';
import { compareInSnapshot, decadesOf } from './compare.js';
import { buildSnapshot } from './graphSnapshot.js';

const STEM = '900_0000000000000000';
const s = (locator: string, doc = STEM): Source[] => [{ doc, locator }];
const node = (id: string, props: Record<string, unknown> = {}, sources = s('n')): NodeRecord => ({ id, type: typeOfId(id)!, sources, props: { nameZh: `${id}-zh`, nameEn: `${id}-en`, ...props } as NodeRecord['props'] });
const edge = (from: string, type: RelType, to: string, sources: Source[], props: Record<string, unknown> = {}): EdgeRecord => ({ id: edgeId(from, type, to), type, from, to, sources, props: props as EdgeRecord['props'] });

const snapshot = buildSnapshot(
  'v',
  [
    node('case:a', { yearFrom: 2015, yearTo: 2018, dimension: 'resource' }),
    node('case:b', { yearFrom: 2009, yearTo: 2011 }),
    node('actor:volunteer'), node('actor:enterprise'), node('mechanism:fund'), node('concept:resource-embedding'),
    node('zone:z'), node('city:c'), node('pub:seed', { seedDoc: STEM }, s('p')), node('pub:web', {}, s('w', 'pub:web')),
  ],
  [
    edge('case:a', 'INVOLVES', 'actor:volunteer', s('2.1'), { role: 'donor' }),
    edge('case:b', 'INVOLVES', 'actor:volunteer', s('3.1')),
    edge('case:a', 'INVOLVES', 'actor:enterprise', s('2.2')),
    edge('case:b', 'APPLIES', 'mechanism:fund', s('3.2', 'pub:web')),
    edge('case:a', 'LOCATED_IN', 'zone:z', s('2.3')),
    edge('zone:z', 'LOCATED_IN', 'city:c', s('z.1', 'pub:web')),
    edge('case:b', 'LOCATED_IN', 'city:c', s('3.3')),
  ],
);

describe('compare', () => {
  it('marks items every entity holds as shared and items one holds as unique, holders in the order asked', () => {
    const r = compareInSnapshot(snapshot, ['case:b', 'case:a']);
    expect(r.entities.map((e) => e.id)).toEqual(['case:b', 'case:a']);
    const actors = r.facets.find((f) => f.facet === 'ACTORS')!;
    expect(actors.items.map((i) => [i.key, i.shared, i.unique])).toEqual([['actor:volunteer', true, false], ['actor:enterprise', false, true]]);
    expect(actors.items[0].holders).toEqual([
      { entityId: 'case:b', relations: ['INVOLVES'], incoming: [], roles: [], sources: s('3.1') },
      { entityId: 'case:a', relations: ['INVOLVES'], incoming: [], roles: ['donor'], sources: s('2.1') },
    ]);
    expect(actors).toMatchObject({ sharedCount: 1, uniqueCount: 1 });
  });

  it('follows places upwards, so a case in a zone shares the city with a case in the city, on both steps’ sources', () => {
    const places = compareInSnapshot(snapshot, ['case:a', 'case:b']).facets.find((f) => f.facet === 'PLACES')!;
    const city = places.items.find((i) => i.key === 'city:c')!;
    expect(city.shared).toBe(true);
    expect(city.holders[0]).toMatchObject({ entityId: 'case:a', relations: ['LOCATED_IN'], sources: [...s('2.3'), ...s('z.1', 'pub:web')] });
    expect(places.items.find((i) => i.key === 'zone:z')?.unique).toBe(true);
  });

  it('files embedding dimensions under their concept, periods under decades, and documents under their publication', () => {
    const r = compareInSnapshot(snapshot, ['case:a', 'case:b']);
    const facet = (name: string) => r.facets.find((f) => f.facet === name)!.items;
    expect(facet('DIMENSIONS').map((i) => [i.key, i.entity?.id, i.unique])).toEqual([['concept:resource-embedding', 'concept:resource-embedding', true]]);
    expect(facet('PERIODS').map((i) => [i.key, i.labelEn, i.shared])).toEqual([['decade:2010', '2010s', true], ['decade:2000', '2000s', false]]);
    const sources = facet('SOURCES');
    expect(sources.find((i) => i.key === 'pub:seed')).toMatchObject({ shared: true, entity: { id: 'pub:seed' } });
    // Only case:b's own relationship cites the web page; the zone's link to the city is not case:a's fact.
    expect(sources.find((i) => i.key === 'pub:web')).toMatchObject({ unique: true, holders: [{ entityId: 'case:b', sources: s('3.2', 'pub:web') }] });
  });

  it('returns the union graph: the relationships behind entity items, each once', () => {
    const r = compareInSnapshot(snapshot, ['case:a', 'case:b']);
    expect(r.edges.map((e) => e.id)).toContain('zone:z|LOCATED_IN|city:c');
    expect(new Set(r.edges.map((e) => e.id)).size).toBe(r.edges.length);
  });

  it('refuses fewer than two, more than six, repeated and unknown ids', () => {
    expect(() => compareInSnapshot(snapshot, ['case:a'])).toThrow(/2 to 6/);
    expect(() => compareInSnapshot(snapshot, Array.from({ length: 7 }, (_, i) => `case:x${i}`))).toThrow(/2 to 6/);
    expect(() => compareInSnapshot(snapshot, ['case:a', 'case:a'])).toThrow(/only once/);
    expect(() => compareInSnapshot(snapshot, ['case:a', 'case:nope'])).toThrow(/case:nope/);
  });

  it('lists the decades a period covers', () => {
    expect(decadesOf(1996, 2014)).toEqual([1990, 2000, 2010]);
    expect(decadesOf(null, 2003)).toEqual([2000]);
    expect(decadesOf(null, null)).toEqual([]);
  });
});
