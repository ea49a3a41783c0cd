/** Issue 5: compare(ids) through the GraphQL API over the real seed. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareDocument, type CompareQuery } from '../generated/graphql.js';
import { startApi } from './apiHarness.js';

const SEED = resolve(import.meta.dirname, '../../seed');
const MEGACITY_DOC = '003_ad735a5df5dadb0c';
const TANG_LI_DOC = '002_63d1d70768eea201';

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi(SEED);
});
afterAll(async () => {
  await api.stop();
});

type Comparison = CompareQuery['compare'];
const facet = (c: Comparison, name: Comparison['facets'][number]['facet']) => c.facets.find((f) => f.facet === name)!;
const item = (c: Comparison, name: Comparison['facets'][number]['facet'], key: string) => facet(c, name).items.find((i) => i.key === key);
const holders = (c: Comparison, name: Comparison['facets'][number]['facet'], key: string) => item(c, name, key)?.holders.map((h) => h.entityId);

async function compare(ids: string[]) {
  const { data, errors } = await api.exec(CompareDocument, { ids });
  expect(errors).toBeUndefined();
  return data!.compare;
}

describe('compare two city models', () => {
  it(`[${MEGACITY_DOC}] the Shanghai and Shenyang models share the megacity article and differ in problems, mechanisms and places`, async () => {
    const c = await compare(['model:shanghai-model', 'model:shenyang-model']);
    expect(c.entities.map((e) => e.id)).toEqual(['model:shanghai-model', 'model:shenyang-model']);
    expect(c.facets.map((f) => f.facet)).toEqual(['ACTORS', 'MECHANISMS', 'PROBLEMS', 'DIMENSIONS', 'CONCEPTS', 'PLACES', 'PERIODS', 'POLICIES', 'CASES', 'MODELS', 'SOURCES']);

    const shared = item(c, 'SOURCES', 'pub:megacity-grassroots-governance')!;
    expect(shared).toMatchObject({ shared: true, unique: false, entity: { id: 'pub:megacity-grassroots-governance' } });
    for (const h of shared.holders) expect(h.incoming).toContain('DISCUSSES');
    expect(shared.holders.flatMap((h) => h.sources.map((s) => s.doc))).toContain(MEGACITY_DOC);

    // What each model puts first: public goods in Shanghai, cohesion and publicness in Shenyang.
    expect(item(c, 'PROBLEMS', 'problem:public-goods-supply')).toMatchObject({ unique: true, holders: [{ entityId: 'model:shanghai-model', relations: ['PRIORITISES'] }] });
    expect(item(c, 'PROBLEMS', 'problem:community-cohesion-publicness')).toMatchObject({ unique: true, holders: [{ entityId: 'model:shenyang-model', relations: ['PRIORITISES'] }] });
    expect(holders(c, 'MECHANISMS', 'mechanism:regional-party-building')).toEqual(['model:shanghai-model']);
    expect(holders(c, 'ACTORS', 'actor:enterprise')).toEqual(['model:shenyang-model']);
    expect(holders(c, 'PLACES', 'city:shanghai')).toEqual(['model:shanghai-model']);
    expect(holders(c, 'PLACES', 'city:shenyang')).toEqual(['model:shenyang-model']);
    expect(holders(c, 'POLICIES', 'policy:liaoning-2000-community-building-opinions')).toEqual(['model:shenyang-model']);
    // The documents contrast the two: each is a model the other is linked to, and the union graph has the link.
    expect(holders(c, 'MODELS', 'model:shenyang-model')).toEqual(['model:shanghai-model']);
    expect(c.edges.map((e) => e.id)).toContain('model:shanghai-model|CONTRASTS_WITH|model:shenyang-model');
  });

  it('backs every cell with sources and counts shared and unique items per facet', async () => {
    const c = await compare(['model:shanghai-model', 'model:shenyang-model']);
    for (const f of c.facets) {
      expect(f.sharedCount, f.facet).toBe(f.items.filter((i) => i.shared).length);
      expect(f.uniqueCount, f.facet).toBe(f.items.filter((i) => i.unique).length);
      for (const i of f.items) {
        expect(i.shared || i.unique, i.key).toBe(true);
        for (const h of i.holders) expect(h.sources.length, `${f.facet} ${i.key} ${h.entityId}`).toBeGreaterThan(0);
      }
    }
    expect(facet(c, 'MECHANISMS').items.length).toBeGreaterThan(5);
  });

  it('with three models, an item two of them hold is neither shared nor unique', async () => {
    const c = await compare(['model:shanghai-model', 'model:jianghan-model', 'model:shenyang-model']);
    expect(item(c, 'SOURCES', 'pub:megacity-grassroots-governance')?.shared).toBe(true);
    const two = item(c, 'SOURCES', 'pub:ref-chen-weidong-jianghan-2005')!;
    expect(two.holders.map((h) => h.entityId)).toEqual(['model:shanghai-model', 'model:jianghan-model']);
    expect([two.shared, two.unique]).toEqual([false, false]);
  });
});

describe('compare two cases', () => {
  it(`[${TANG_LI_DOC}] the Lixia charity bank and the Nan'an three-matters cases share embeddedness and a decade, not a dimension or a city`, async () => {
    const c = await compare(['case:jinan-lixia-charity-bank', 'case:chongqing-nanan-three-matters']);
    expect(item(c, 'CONCEPTS', 'concept:embeddedness')?.shared).toBe(true);
    expect(item(c, 'PERIODS', 'decade:2010')).toMatchObject({ shared: true, labelZh: '2010年代', labelEn: '2010s' });
    expect(holders(c, 'DIMENSIONS', 'concept:institution-embedding')).toEqual(['case:jinan-lixia-charity-bank']);
    expect(holders(c, 'DIMENSIONS', 'concept:resource-embedding')).toEqual(['case:chongqing-nanan-three-matters']);
    // Cities are reached through the experiment zones the cases are located in.
    expect(holders(c, 'PLACES', 'city:jinan')).toEqual(['case:jinan-lixia-charity-bank']);
    expect(holders(c, 'PLACES', 'city:chongqing')).toEqual(['case:chongqing-nanan-three-matters']);
    expect(item(c, 'ACTORS', 'actor:volunteer')?.holders[0].roles.length).toBeGreaterThan(0);
    expect(item(c, 'SOURCES', 'pub:tang-li-2019-embedding')?.shared).toBe(true);
  });
});

describe('compare refuses what it cannot compare', () => {
  it.each([
    [['model:shanghai-model'], 'BAD_USER_INPUT'],
    [['model:shanghai-model', 'model:shanghai-model'], 'BAD_USER_INPUT'],
    [['city:beijing', 'city:shanghai', 'city:tianjin', 'city:chongqing', 'city:guangzhou', 'city:shenzhen', 'city:chengdu'], 'BAD_USER_INPUT'],
    [['model:shanghai-model', 'model:atlantis'], 'NOT_FOUND'],
  ])('%j → %s', async (ids, code) => {
    const { data, errors } = await api.exec(CompareDocument, { ids });
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe(code);
    if (code === 'NOT_FOUND') expect(errors?.[0].message).toMatch(/model:atlantis/);
  });
});
