/**
 * Issue 6: the queries behind the case library, timeline, literature, slides and the data page, over the real
 * curated seed through executeOperation.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeachCaseLibraryDocument, TeachCoverageDocument, TeachLiteratureDocument, TeachSlideGraphDocument, TeachTimelineDocument } from '../generated/graphql.js';
import { startApi } from './apiHarness.js';

const SEED = resolve(import.meta.dirname, '../../seed');
const TANG_LI = '002_63d1d70768eea201';

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi(SEED);
});
afterAll(async () => {
  await api.stop();
});

describe('timeline', () => {
  it('puts policies, programmes, models, cases and publications on one axis in year order, with model transitions', async () => {
    const { data, errors } = await api.exec(TeachTimelineDocument, {});
    expect(errors).toBeUndefined();
    const t = data!.timeline;
    const years = t.events.map((e) => e.yearFrom);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(new Set(t.events.map((e) => e.entity.type))).toEqual(new Set(['Policy', 'Program', 'GovernanceModel', 'Case', 'Publication']));
    // Document 003: the Shanghai model of 1996 was reformed in 2014.
    const transition = t.events.find((e) => e.kind === 'TRANSITION' && e.entity.id === 'model:shanghai-model');
    expect(transition).toMatchObject({ yearFrom: 2014, target: { id: 'model:shanghai-2014-reform-model' }, edge: { type: 'EVOLVED_INTO', year: 2014 } });
    expect(t.events.find((e) => e.id === 'case:jinan-lixia-charity-bank')).toMatchObject({ kind: 'ENTITY', yearFrom: 2015, yearTo: 2018 });
    expect(t.yearMin).toBe(Math.min(...years));
  });

  it('keeps only the chosen types and the events overlapping the range', async () => {
    const { data } = await api.exec(TeachTimelineDocument, { from: 2016, to: 2017, types: ['Case'] });
    const events = data!.timeline.events;
    expect(events.length).toBeGreaterThan(10);
    expect(events.every((e) => e.entity.type === 'Case' && e.yearFrom <= 2017 && (e.yearTo ?? e.yearFrom) >= 2016)).toBe(true);
    expect(events.map((e) => e.id)).toContain('case:chongqing-nanan-three-matters');
    expect(events.map((e) => e.id)).not.toContain('case:shifang-incident-2012');
  });

  it('refuses a range that ends before it starts', async () => {
    const { errors } = await api.exec(TeachTimelineDocument, { from: 2020, to: 2000 });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('case library', () => {
  it('lists every case with the city reached through its experiment zone', async () => {
    const { data, errors } = await api.exec(TeachCaseLibraryDocument, {});
    expect(errors).toBeUndefined();
    const lib = data!.caseLibrary;
    expect(lib.totalCount).toBe(38);
    const lixia = lib.cards.find((c) => c.case.id === 'case:jinan-lixia-charity-bank')!;
    expect(lixia.cities.map((c) => c.id)).toEqual(['city:jinan']);
    expect(lixia.zones.map((z) => z.id)).toEqual(['zone:jinan-lixia']);
    expect(lixia.mechanisms.map((m) => m.id)).toContain('mechanism:charity-bank');
    expect(lixia.publications.map((p) => p.id)).toEqual(['pub:tang-li-2019-embedding']);
    expect(lib.facets.cities[0]).toEqual({ entity: { id: 'city:hangzhou' }, count: 14 });
  });

  it('combines filters across fields and counts each field as if its own choice were open', async () => {
    const { data } = await api.exec(TeachCaseLibraryDocument, { filter: { dimensions: ['resource'], cities: ['city:shanghai', 'city:chengdu'] } });
    const lib = data!.caseLibrary;
    expect(lib.cards.map((c) => c.case.id).sort()).toEqual(['case:chengdu-qingyang-community-foundation', 'case:shanghai-jingan-community-funds']);
    // Dimension counts ignore the dimension choice but keep the city choice: both Shanghai and Chengdu cases are "resource".
    expect(lib.facets.dimensions).toContainEqual({ dimension: 'resource', count: 2 });
    // City counts keep the dimension choice: Chongqing's three-matters case is filed under resource too.
    expect(lib.facets.cities.map((f) => f.entity.id)).toContain('city:chongqing');
    expect(lib.facets.cities.map((f) => f.entity.id)).not.toContain('city:hangzhou');
  });

  it('filters by mechanism, problem, decade and text', async () => {
    const byMechanism = await api.exec(TeachCaseLibraryDocument, { filter: { mechanisms: ['mechanism:charity-bank'] } });
    expect(byMechanism.data!.caseLibrary.cards.map((c) => c.case.id)).toContain('case:jinan-lixia-charity-bank');
    const eighties = await api.exec(TeachCaseLibraryDocument, { filter: { decades: [1980] } });
    expect(eighties.data!.caseLibrary.cards.map((c) => c.case.id)).toEqual(['case:shanghai-grassroots-governance-1984-2014']);
    const text = await api.exec(TeachCaseLibraryDocument, { filter: { text: '公益银行' } });
    expect(text.data!.caseLibrary.cards.map((c) => c.case.id)).toContain('case:jinan-lixia-charity-bank');
    const problem = byMechanism.data!.caseLibrary.cards.find((c) => c.case.id === 'case:jinan-lixia-charity-bank')!.problems[0].id;
    const byProblem = await api.exec(TeachCaseLibraryDocument, { filter: { problems: [problem] } });
    expect(byProblem.data!.caseLibrary.cards.every((c) => c.problems.some((p) => p.id === problem))).toBe(true);
  });
});

describe('literature', () => {
  it('lists the seed documents first, with authors in order and the citation network among the works', async () => {
    const { data, errors } = await api.exec(TeachLiteratureDocument, {});
    expect(errors).toBeUndefined();
    const lit = data!.literature;
    expect(lit.entries.slice(0, 5).every((e) => e.publication.seedDoc)).toBe(true);
    const tangLi = lit.entries.find((e) => e.publication.id === 'pub:tang-li-2019-embedding')!;
    expect(tangLi.authors.map((a) => a.id)).toEqual(['person:tang-ming', 'person:li-menglan']);
    expect(tangLi.citesCount).toBe(5);
    expect(lit.citations).toContainEqual({ from: 'pub:tang-li-2019-embedding', to: 'pub:granovetter-1985-embeddedness', type: 'CITES' });
    expect(lit.citations.length).toBeGreaterThan(30);
  });

  it('narrows to seed documents, an author or a year range', async () => {
    const seeds = await api.exec(TeachLiteratureDocument, { filter: { seedOnly: true } });
    expect(seeds.data!.literature.totalCount).toBe(5);
    expect(seeds.data!.literature.citations).toEqual([]);
    const byAuthor = await api.exec(TeachLiteratureDocument, { filter: { author: 'person:li-juan' } });
    expect(byAuthor.data!.literature.entries.map((e) => e.publication.id)).toEqual(['pub:li-juan-community-social-work']);
    const older = await api.exec(TeachLiteratureDocument, { filter: { yearTo: 1990 } });
    expect(older.data!.literature.entries.map((e) => e.publication.id)).toContain('pub:granovetter-1985-embeddedness');
    expect(older.data!.literature.entries.every((e) => (e.publication.yearFrom ?? 0) <= 1990)).toBe(true);
  });

  it('lists exactly the works named by id, for exporting any list as BibTeX', async () => {
    const ids = ['pub:granovetter-1985-embeddedness', 'pub:tang-li-2019-embedding', 'person:li-juan'];
    const { data } = await api.exec(TeachLiteratureDocument, { filter: { ids } });
    expect(data!.literature.entries.map((e) => e.publication.id).sort()).toEqual(ids.slice(0, 2).sort());
    expect(data!.literature.citations).toEqual([{ from: 'pub:tang-li-2019-embedding', to: 'pub:granovetter-1985-embeddedness', type: 'CITES' }]);
  });
});

describe('slide graph', () => {
  it('returns the chosen entities in the order asked and only the relationships among them', async () => {
    const ids = ['case:jinan-lixia-charity-bank', 'mechanism:charity-bank', 'zone:jinan-lixia', 'city:jinan', 'nothing:here'];
    const { data } = await api.exec(TeachSlideGraphDocument, { ids });
    expect(data!.slideGraph.nodes.map((n) => n.id)).toEqual(ids.slice(0, 4));
    expect(data!.slideGraph.edges.map((e) => e.id).sort()).toEqual([
      'case:jinan-lixia-charity-bank|APPLIES|mechanism:charity-bank',
      'case:jinan-lixia-charity-bank|LOCATED_IN|zone:jinan-lixia',
      'zone:jinan-lixia|LOCATED_IN|city:jinan',
    ]);
  });

  it('refuses more than 200 entities', async () => {
    const { errors } = await api.exec(TeachSlideGraphDocument, { ids: Array.from({ length: 201 }, (_, i) => `case:x${i}`) });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('coverage', () => {
  it('counts what each source document contributes, the five seed documents first', async () => {
    const { data } = await api.exec(TeachCoverageDocument, {});
    const docs = data!.coverage;
    expect(docs.slice(0, 5).map((d) => d.publication?.id)).toEqual([
      'pub:liu-shaojie-occupational-groups',
      'pub:li-juan-community-social-work',
      'pub:tang-li-2019-embedding',
      'pub:megacity-grassroots-governance',
      'pub:li-yan-new-social-strata',
    ]);
    const tangLi = docs.find((d) => d.doc === TANG_LI)!;
    expect(tangLi.entities).toBeGreaterThan(200);
    expect(tangLi.relationships).toBeGreaterThan(tangLi.entities);
    expect(tangLi.entitiesByType.find((t) => t.type === 'Case')?.count).toBe(12);
  });
});
