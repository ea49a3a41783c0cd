/**
 * Questions scholars, trainers and planners ask of the five documents, answered through the GraphQL API
 * over the real curated seed (not fixtures). Each names the document it comes from.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsDocument, EntitiesDocument, NeighbourhoodDocument, NodeDocument, PathsDocument, SearchDocument } from '../generated/graphql.js';
import type { RelationType } from '../generated/graphql.js';
import { startApi } from './apiHarness.js';

const SEED = resolve(import.meta.dirname, '../../seed');
const DOC = {
  liu: '000_d14081abf4eb6bbe',
  liJuan: '001_b4bf654feb12b0fe',
  tangLi: '002_63d1d70768eea201',
  megacity: '003_ad735a5df5dadb0c',
  liYan: '004_6f3ec554072c1f66',
};

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi(SEED);
});
afterAll(async () => {
  await api.stop();
});

/** Edges of one relationship type at an entity, as returned by `neighbourhood`. */
async function edges(id: string, relation: RelationType) {
  const { data, errors } = await api.exec(NeighbourhoodDocument, { id, relations: [relation], limit: 1000 });
  expect(errors).toBeUndefined();
  return data!.neighbourhood.edges;
}
const outgoing = async (id: string, relation: RelationType) => (await edges(id, relation)).filter((e) => e.from === id);
const incoming = async (id: string, relation: RelationType) => (await edges(id, relation)).filter((e) => e.to === id);
const cites = (sources: { doc: string }[], doc: string) => sources.some((s) => s.doc === doc);

describe('scholar questions', () => {
  it(`[${DOC.tangLi}] which embedding dimension do the authors file the Lixia charity bank under, and from which section?`, async () => {
    const { data } = await api.exec(NodeDocument, { id: 'case:jinan-lixia-charity-bank' });
    expect(data?.node?.nameZh).toMatch(/历下/);
    const ex = await outgoing('case:jinan-lixia-charity-bank', 'EXEMPLIFIES');
    expect(ex.map((e) => e.to)).toContain('concept:institution-embedding');
    expect(cites(data!.node!.sources, DOC.tangLi)).toBe(true);
  });

  it(`[${DOC.tangLi}] which cases fall under each of the four embedding dimensions?`, async () => {
    for (const concept of ['concept:subject-embedding', 'concept:institution-embedding', 'concept:resource-embedding', 'concept:technology-embedding']) {
      const cases = (await incoming(concept, 'EXEMPLIFIES')).filter((e) => e.from.startsWith('case:'));
      expect(cases.length, concept).toBeGreaterThan(0);
    }
  });

  it(`[${DOC.tangLi}] what works does the 2019 embedding article cite, and who wrote it?`, async () => {
    const cited = await outgoing('pub:tang-li-2019-embedding', 'CITES');
    expect(cited.map((e) => e.to)).toEqual(expect.arrayContaining(['pub:granovetter-1985-embeddedness', 'pub:polanyi-1944-great-transformation']));
    const authors = (await outgoing('pub:tang-li-2019-embedding', 'AUTHORED_BY')).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    expect(authors.map((e) => e.to)).toEqual(['person:tang-ming', 'person:li-menglan']);
  });

  it(`[${DOC.megacity}] what did the Shanghai model evolve into, and in which year?`, async () => {
    const evolved = await outgoing('model:shanghai-model', 'EVOLVED_INTO');
    expect(evolved).toEqual([expect.objectContaining({ to: 'model:shanghai-2014-reform-model' })]);
    const { data } = await api.exec(NodeDocument, { id: 'model:shanghai-2014-reform-model' });
    expect(data?.node?.yearFrom).toBe(2014);
  });

  it(`[${DOC.megacity}] which problem did each city model put first?`, async () => {
    expect((await outgoing('model:shanghai-model', 'PRIORITISES')).map((e) => e.to)).toContain('problem:public-goods-supply');
    expect((await outgoing('model:shenyang-model', 'PRIORITISES')).map((e) => e.to)).toContain('problem:community-cohesion-publicness');
  });

  it(`[${DOC.megacity}] which models does the text set against each other?`, async () => {
    const contrasts = await edges('model:shanghai-model', 'CONTRASTS_WITH');
    expect(contrasts.map((e) => (e.from === 'model:shanghai-model' ? e.to : e.from))).toContain('model:shenyang-model');
  });

  it(`[${DOC.megacity}] what are the levels of the Shanghai model, in order?`, async () => {
    const parts = (await outgoing('model:shanghai-model', 'HAS_PART')).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    expect(parts.map((e) => e.to)).toEqual(['mechanism:two-level-government', 'mechanism:three-level-management', 'mechanism:four-level-network']);
  });

  it(`[${DOC.liu}] which concepts does Liu Shaojie's article discuss about online life?`, async () => {
    const discussed = (await outgoing('pub:liu-shaojie-occupational-groups', 'DISCUSSES')).map((e) => e.to);
    expect(discussed).toEqual(expect.arrayContaining(['concept:absent-presence-interaction', 'concept:network-society']));
  });

  it(`[${DOC.liu}] who is the network-society work Liu Shaojie cites by?`, async () => {
    const authors = await outgoing('pub:castells-2006-network-society', 'AUTHORED_BY');
    expect(authors.map((e) => e.to)).toContain('person:castells-manuel');
  });

  it(`[${DOC.liYan}] what does Li Yan's article take a stance on, and is any of it critique or support?`, async () => {
    const discussed = await outgoing('pub:li-yan-new-social-strata', 'DISCUSSES');
    expect(discussed.length).toBeGreaterThan(20);
    expect(discussed.every((e) => ['describes', 'supports', 'critiques'].includes(e.stance ?? ''))).toBe(true);
  });

  it('how is the unit system connected to the Nanan three-matters case? (paths across documents)', async () => {
    const { data } = await api.exec(PathsDocument, { from: 'model:unit-system', to: 'case:chongqing-nanan-three-matters', maxLength: 4 });
    expect(data?.paths.length).toBeGreaterThan(0);
    expect(data?.paths[0].nodes[0].id).toBe('model:unit-system');
    expect(data?.paths[0].nodes.at(-1)?.id).toBe('case:chongqing-nanan-three-matters');
  });

  it('which entities are most central in the whole graph? (analytics)', async () => {
    const { data } = await api.exec(AnalyticsDocument, { top: 20 });
    const r = data!.analytics;
    expect(r.nodeCount).toBeGreaterThan(300);
    expect(r.communities.length).toBeGreaterThan(1);
    expect(r.nodes[0].pagerank).toBeGreaterThanOrEqual(r.nodes[19].pagerank);
  });
});

describe('trainer questions', () => {
  it(`[${DOC.tangLi}] what does the Lixia case apply, and who takes part in what role?`, async () => {
    expect((await outgoing('case:jinan-lixia-charity-bank', 'APPLIES')).map((e) => e.to)).toContain('mechanism:charity-bank');
    const involved = await outgoing('case:jinan-lixia-charity-bank', 'INVOLVES');
    expect(involved.find((e) => e.to === 'actor:volunteer')?.role).toBeTruthy();
  });

  it(`[${DOC.tangLi}] what are the tiers of the charity bank, in order?`, async () => {
    const parts = (await outgoing('mechanism:charity-bank', 'HAS_PART')).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    expect(parts.slice(0, 3).map((e) => e.to)).toEqual([
      'mechanism:charity-bank-district-head-office',
      'mechanism:charity-bank-subdistrict-branch',
      'mechanism:charity-bank-community-savings-office',
    ]);
  });

  it(`[${DOC.tangLi}] which cases can a class compare from the third batch of experiment zones?`, async () => {
    const { data } = await api.exec(EntitiesDocument, { type: 'Case', filter: { sourceDoc: DOC.tangLi }, first: 50 });
    expect(data?.entities.totalCount).toBe(12);
  });

  it(`[${DOC.liYan}] which Hangzhou cases are there, for a lesson on new social strata?`, async () => {
    const located = (await incoming('city:hangzhou', 'LOCATED_IN')).filter((e) => e.from.startsWith('case:'));
    expect(located.length).toBeGreaterThanOrEqual(5);
  });

  it('finds the charity bank in Chinese and in English', async () => {
    const zh = await api.exec(SearchDocument, { text: '公益银行' });
    expect(zh.data?.search.edges.map((e) => e.node.id)).toContain('mechanism:charity-bank');
    const en = await api.exec(SearchDocument, { text: 'charity bank', types: ['Mechanism'] });
    expect(en.data?.search.edges[0].node.id).toBe('mechanism:charity-bank');
  });

  it(`[${DOC.liJuan}] what does the Third Plenum decision say, when was it issued, and who discusses it?`, async () => {
    const { data } = await api.exec(NodeDocument, { id: 'policy:third-plenum-18th-decision' });
    expect(data?.node?.yearFrom).toBe(2013);
    const discussed = await incoming('policy:third-plenum-18th-decision', 'DISCUSSES');
    expect(discussed.map((e) => e.from)).toEqual(expect.arrayContaining(['pub:li-juan-community-social-work', 'pub:liu-shaojie-occupational-groups']));
  });

  it('which experiment zones belong to the fourth batch? (reference list)', async () => {
    const members = await incoming('program:experiment-zones-batch-4', 'MEMBER_OF');
    expect(members.length).toBe(31);
  });
});

describe('planner questions', () => {
  it(`[${DOC.liJuan}/${DOC.tangLi}] which mechanisms address dependence on government?`, async () => {
    const addressing = (await incoming('problem:dependence-on-government', 'ADDRESSES')).map((e) => e.from);
    expect(addressing).toContain('mechanism:community-foundation');
    expect(addressing.filter((id) => id.startsWith('mechanism:')).length).toBeGreaterThanOrEqual(2);
  });

  it(`[${DOC.tangLi}] where has the charity bank been tried, with sources?`, async () => {
    const cases = (await incoming('mechanism:charity-bank', 'APPLIES')).map((e) => e.from);
    expect(cases.length).toBeGreaterThanOrEqual(2);
    for (const id of cases) {
      const located = await outgoing(id, 'LOCATED_IN');
      expect(located.length, id).toBeGreaterThan(0);
    }
  });

  it('how large is Hangzhou and what kind of city is it? (reference list)', async () => {
    const { data } = await api.exec(NodeDocument, { id: 'city:hangzhou' });
    expect(data?.node).toMatchObject({ province: '浙江省', sizeClass: 'megacity' });
    expect((data?.node as { population?: number }).population).toBeGreaterThan(10_000_000);
  });

  it(`[${DOC.liYan}] which challenges of united-front work does the Hangzhou study name, and what meets them?`, async () => {
    const { data } = await api.exec(EntitiesDocument, { type: 'Problem', filter: { sourceDoc: DOC.liYan }, first: 100 });
    expect(data!.entities.totalCount).toBeGreaterThanOrEqual(4);
    let addressed = 0;
    for (const p of data!.entities.nodes) addressed += (await incoming(p.id, 'ADDRESSES')).length;
    expect(addressed).toBeGreaterThan(0);
  });

  it(`[${DOC.megacity}] which mechanisms did the Shanghai model use?`, async () => {
    const used = (await outgoing('model:shanghai-model', 'USES')).map((e) => e.to);
    expect(used).toContain('mechanism:regional-party-building');
  });

  it('what happened between 2014 and 2016? (timeline filter)', async () => {
    const { data } = await api.exec(EntitiesDocument, { type: 'Policy', filter: { yearFrom: 2014, yearTo: 2016 }, first: 100 });
    expect(data!.entities.totalCount).toBeGreaterThan(0);
    expect(data!.entities.nodes.every((n) => n.yearFrom === null || n.yearFrom <= 2016)).toBe(true);
  });
});
