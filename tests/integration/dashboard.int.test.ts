/** Issue 9: the dashboard's aggregates and the map's places, through the API over the real curated seed. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../api/src/store/GraphStore.js';
import { DashboardDocument, PlacesDocument, StatsDocument } from '../generated/graphql.js';
import { startApi } from './apiHarness.js';

const SEED = resolve(import.meta.dirname, '../../seed');

let api: Awaited<ReturnType<typeof startApi>>;
const calls: string[] = [];
/** Records store method calls, to show the dashboard costs a fixed number of calls, never one per mark or node. */
const recording = (s: GraphStore): GraphStore =>
  new Proxy(s, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (...args: unknown[]) => (calls.push(String(prop)), v.apply(target, args)) : v;
    },
  });

beforeAll(async () => {
  api = await startApi(SEED, recording);
});
afterAll(async () => {
  await api.stop();
});

async function dashboard(top?: number) {
  const { data, errors } = await api.exec(DashboardDocument, top === undefined ? {} : { top });
  expect(errors).toBeUndefined();
  return data!.dashboard;
}
const sum = (marks: { value: number }[]) => marks.reduce((s, m) => s + m.value, 0);

describe('dashboard aggregates', () => {
  it('counts every entity once by type, matching stats', async () => {
    const [d, { data: stats }] = await Promise.all([dashboard(), api.exec(StatsDocument)]);
    expect(sum(d.entitiesByType)).toBe(stats!.stats.nodes);
    const mechanisms = d.entitiesByType.find((m) => m.key === 'Mechanism')!;
    expect(mechanisms.value).toBe(stats!.stats.nodesByType.find((t) => t.type === 'Mechanism')!.count);
    expect(mechanisms.ids).toContain('mechanism:three-social-linkage');
    expect(d.entitiesByType.map((m) => m.value)).toEqual([...d.entitiesByType.map((m) => m.value)].sort((a, b) => b - a));
  });

  it('files mechanisms under their embedding dimensions, with the unfiled ones under none', async () => {
    const d = await dashboard();
    expect(d.mechanismsByDimension.map((m) => m.key)).toEqual(['subject', 'institution', 'resource', 'technology', 'none']);
    expect(d.mechanismsByDimension.find((m) => m.key === 'resource')!.ids).toContain('mechanism:community-foundation');
    expect(d.mechanismsByDimension.find((m) => m.key === 'none')!.ids).not.toContain('mechanism:community-foundation');
    for (const m of d.mechanismsByDimension) expect(m.value).toBe(m.ids.length);
  });

  it('counts experiment zones by batch and by province and batch, adding up to every zone', async () => {
    const d = await dashboard();
    expect(d.zonesByBatch.map((m) => [m.key, m.value])).toEqual([['1', 12], ['3', 20], ['4', 31]]);
    expect(sum(d.zonesByProvince)).toBe(63);
    const jiangsu = d.zonesByProvince.filter((m) => m.key === '江苏省');
    expect(jiangsu.map((m) => [m.group, m.value])).toEqual([['1', 2], ['3', 2], ['4', 4]]);
    expect(jiangsu[0].labelEn).toBe('Jiangsu');
    expect(d.zonesByProvince.find((m) => m.key === '江苏省' && m.group === '3')!.ids).toContain('zone:suzhou-gusu');
  });

  it('places cases in the size class of their city, through zones and localities', async () => {
    const d = await dashboard();
    const of = (key: string) => d.casesBySizeClass.find((m) => m.key === key)!.ids;
    expect(of('super-large')).toContain('case:xicheng-ssh-community'); // Beijing, through the Xicheng zone
    expect(of('super-large')).toContain('case:chaoyang-dty-community'); // Beijing, through the Chaoyang locality
    expect(of('megacity')).toContain('case:nanjing-gulou-six-consultation'); // Nanjing, through the Gulou zone
    expect(of('unclassified')).toContain('case:suzhou-gusu-project-based-self-governance'); // Suzhou has no size class in the seed
    expect(of('unclassified')).toContain('case:qidong-incident-2012');
    expect(of('none')).toContain('case:north-africa-occupy-movements');
  });

  it('counts dated publications by year and kind, and venues without web pages', async () => {
    const d = await dashboard();
    expect(sum(d.publicationsByYear.filter((m) => m.key === '2015'))).toBe(9);
    expect(d.publicationsByYear.find((m) => m.key === '1944')).toMatchObject({ group: 'book', value: 1 });
    expect(d.publicationsByVenue.length).toBeLessThanOrEqual(15);
    expect(d.publicationsByVenue[0]).toMatchObject({ key: 'Social governance', group: 'article', value: 2 });
    expect(d.publicationsByVenue.every((m) => m.group !== 'webpage')).toBe(true);
  });

  it('ranks mechanisms and actors by PageRank, community foundations first', async () => {
    const d = await dashboard(5);
    expect(d.centralMechanisms).toHaveLength(5);
    expect(d.centralMechanisms[0]).toMatchObject({ key: 'mechanism:community-foundation', ids: ['mechanism:community-foundation'], group: 'resource', labelZh: '社区基金会' });
    expect(d.centralMechanisms[0].entities).toEqual([{ id: 'mechanism:community-foundation', nameZh: '社区基金会' }]);
    const scores = d.centralMechanisms.map((m) => m.value);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(d.centralActors.every((m) => m.key.startsWith('actor:'))).toBe(true);
    expect(d.centralActors[0].group).not.toBeNull();
  });

  it('ranks problems by the mechanisms addressing them, with those mechanisms as the entities behind each bar', async () => {
    const d = await dashboard();
    const first = d.problemsByMechanisms[0];
    expect(first.value).toBe(first.ids.length);
    expect(first.entities.map((e) => e.type)).toEqual(first.ids.map(() => 'Mechanism'));
    expect(d.problemsByMechanisms.find((m) => m.key === 'problem:dependence-on-government')?.value).toBe(3);
  });

  it('answers the whole dashboard, entities included, in one node lookup once the graph is read', async () => {
    await dashboard();
    calls.length = 0;
    await dashboard();
    expect(calls.filter((c) => c === 'getNodes')).toHaveLength(1);
    expect(calls.filter((c) => c === 'dump')).toHaveLength(0);
  });

  it('refuses a `top` outside 1–50', async () => {
    const { errors } = await api.exec(DashboardDocument, { top: 51 });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('places for the map', () => {
  it('lists every city and zone, each with coordinates', async () => {
    const { data } = await api.exec(PlacesDocument, {});
    const places = data!.places;
    expect(places.filter((p) => p.type === 'City')).toHaveLength(53);
    expect(places.filter((p) => p.type === 'ExperimentZone')).toHaveLength(63);
    expect(places.filter((p) => p.lat === null || p.lng === null).map((p) => p.id)).toEqual([]);
  });

  it('gives a zone its batch, years, city, cases and dated mechanisms', async () => {
    const { data } = await api.exec(PlacesDocument, { types: ['ExperimentZone'] });
    const gusu = data!.places.find((p) => p.id === 'zone:suzhou-gusu')!;
    expect(gusu).toMatchObject({ batch: 3, since: 2015, cityId: 'city:suzhou', province: '江苏省', adminCode: '320508', dimensions: ['institution'] });
    expect(gusu.cases).toEqual([{ id: 'case:suzhou-gusu-project-based-self-governance', year: 2015 }]);
    expect(gusu.mechanisms).toContainEqual({
      id: 'mechanism:project-based-self-governance',
      dimensions: ['institution'],
      year: 2015,
      caseIds: ['case:suzhou-gusu-project-based-self-governance'],
    });
  });

  it('dates a city by its earliest case or mechanism, counting cases in its localities', async () => {
    const { data } = await api.exec(PlacesDocument, { types: ['City'] });
    const beijing = data!.places.find((p) => p.id === 'city:beijing')!;
    expect(beijing.since).toBe(2004); // grid management originated there in 2004
    expect(beijing.cases.map((c) => c.id)).toContain('case:chaoyang-dty-community');
    expect(beijing.mechanisms.find((m) => m.id === 'mechanism:grid-management')?.year).toBe(2004);
  });

  it('keeps only the places where a mechanism is used when asked for one', async () => {
    const { data } = await api.exec(PlacesDocument, { mechanism: 'mechanism:community-foundation' });
    const ids = data!.places.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['city:shenzhen', 'city:cleveland', 'zone:chongqing-nanan', 'zone:shanghai-jingan']));
    expect(ids).not.toContain('zone:suzhou-gusu');
    expect(data!.places.find((p) => p.id === 'city:shenzhen')!.mechanisms.find((m) => m.id === 'mechanism:community-foundation')?.year).toBe(2008);
  });

  it('answers NOT_FOUND for an unknown mechanism and BAD_USER_INPUT for an id of another type', async () => {
    expect((await api.exec(PlacesDocument, { mechanism: 'mechanism:no-such-thing' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.exec(PlacesDocument, { mechanism: 'city:beijing' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
