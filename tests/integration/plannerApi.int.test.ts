/** Issue 5: the planner through the GraphQL API over the real seed: its vocabulary, rankings drawn from cases, errors. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlannerOptionsDocument, RecommendMechanismsDocument, type PlannerProfileInput, type RecommendMechanismsQuery } from '../generated/graphql.js';
import { startApi } from './apiHarness.js';

const SEED = resolve(import.meta.dirname, '../../seed');
const TANG_LI_DOC = '002_63d1d70768eea201';

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi(SEED);
});
afterAll(async () => {
  await api.stop();
});

async function recommend(profile: PlannerProfileInput, first = 10) {
  const { data, errors } = await api.exec(RecommendMechanismsDocument, { profile, first });
  expect(errors).toBeUndefined();
  return data!.recommendMechanisms;
}
type Result = RecommendMechanismsQuery['recommendMechanisms']['results'][number];
const rankOf = (results: Result[], id: string) => results.find((r) => r.mechanism.id === id)?.rank;

describe('plannerOptions', () => {
  it('exposes the vocabulary with the graph entities each choice stands for', async () => {
    const { data, errors } = await api.exec(PlannerOptionsDocument);
    expect(errors).toBeUndefined();
    const o = data!.plannerOptions;
    expect(o.citySizes.map((c) => c.value)).toEqual(['SUPER_LARGE', 'MEGACITY', 'LARGE_I', 'LARGE_II', 'MEDIUM', 'SMALL_I', 'SMALL_II']);
    expect(o.districtTypes.map((c) => c.value)).toEqual(['OLD_NEIGHBOURHOOD', 'COMMODITY_HOUSING', 'WORK_UNIT_ESTATE', 'VILLAGE_TO_RESIDENCE', 'MIXED']);
    const resource = (v: string) => o.resources.find((r) => r.value === v)!;
    expect(resource('VOLUNTEERS').actors.map((a) => a.id)).toEqual(['actor:volunteer']);
    expect(resource('COMMUNITY_FUNDS').mechanisms.map((m) => m.id)).toContain('mechanism:community-foundation');
    expect(resource('PROFESSIONAL_SOCIAL_WORKERS')).toMatchObject({ labelZh: '专业社工', labelEn: 'Professional social workers' });
    const trait = (v: string) => o.populationTraits.find((t) => t.value === v)!;
    // Actors come with their parts, and traits bring the problems the graph says affect their actors.
    expect(trait('NEW_SOCIAL_STRATA').actors.map((a) => a.id)).toEqual(expect.arrayContaining(['actor:new-social-strata', 'actor:freelancers', 'actor:new-media-practitioners']));
    expect(trait('WORKING_AGE_OCCUPATIONAL').problems.map((p) => p.id)).toEqual(expect.arrayContaining(['problem:young-people-time-space-constraints', 'problem:occupational-participation-barriers']));
    const volunteering = o.problems.find((p) => p.problem.id === 'problem:volunteer-service-difficulties')!;
    expect(volunteering.mechanismCount).toBeGreaterThanOrEqual(3);
    expect(o.problems.map((p) => p.mechanismCount)).toEqual([...o.problems.map((p) => p.mechanismCount)].sort((a, b) => b - a));
    expect(o.baselineActors.map((a) => a.id)).toContain('actor:residents-committee');
    expect(o.defaults).toEqual({ citySize: null, districtType: 'MIXED', population: [], problems: [], resources: ['VOLUNTEERS'] });
    expect(o.scoring.map((s) => [s.part, s.max])).toEqual([['PROBLEMS', null], ['PLACES', 3], ['ACTORS', 3], ['EVIDENCE', 3]]);
  });
});

describe('a profile drawn from a case ranks that case’s mechanisms near the top', () => {
  it(`[${TANG_LI_DOC}] Lixia, Jinan (a megacity): volunteering struggles, with volunteers, social organisations and social workers`, async () => {
    const r = await recommend({
      citySize: 'MEGACITY',
      problems: ['problem:volunteer-service-difficulties'],
      resources: ['VOLUNTEERS', 'SOCIAL_ORGANISATIONS', 'PROFESSIONAL_SOCIAL_WORKERS'],
    });
    for (const id of ['mechanism:charity-bank', 'mechanism:charity-points-exchange', 'mechanism:four-social-linkage']) expect(rankOf(r.results, id), id).toBeLessThanOrEqual(5);
    const bank = r.results.find((x) => x.mechanism.id === 'mechanism:charity-bank')!;
    const problems = bank.parts.find((p) => p.part === 'PROBLEMS')!;
    expect(problems.contributions[0]).toMatchObject({ entity: { id: 'problem:volunteer-service-difficulties' }, points: 4 });
    // Through its points-exchange part (the graph links the part, and the Lixia case, to the problem).
    expect(problems.contributions[0].reasonEn).toMatch(/through its part|through the case/);
    const lixia = bank.evidence.find((e) => e.case?.id === 'case:jinan-lixia-charity-bank')!;
    expect(lixia).toMatchObject({ city: { id: 'city:jinan' }, place: { id: 'zone:jinan-lixia' }, sizeClass: 'megacity', sameSize: true, points: 1 });
    expect(lixia.sources.map((s) => s.doc)).toContain(TANG_LI_DOC);
    expect(bank.evidence[0].points).toBeGreaterThanOrEqual(bank.evidence[bank.evidence.length - 1].points);
  });

  it(`[${TANG_LI_DOC}] Nan'an, Chongqing (super-large): strong administration, dependence on government, weak self-financing`, async () => {
    const r = await recommend({
      citySize: 'SUPER_LARGE',
      districtType: 'MIXED',
      problems: ['problem:strong-administration-weak-autonomy', 'problem:dependence-on-government', 'problem:weak-self-financing'],
      resources: ['COMMUNITY_FUNDS', 'SOCIAL_ORGANISATIONS', 'ENTERPRISES_AND_UNITS'],
    });
    for (const id of ['mechanism:three-matters-triage', 'mechanism:community-foundation', 'mechanism:community-charity-station-fund']) expect(rankOf(r.results, id), id).toBeLessThanOrEqual(5);
    const triage = r.results.find((x) => x.mechanism.id === 'mechanism:three-matters-triage')!;
    // It needs what the Nan'an case involved, and a community fund it ran alongside; this district has them all.
    expect(triage.parts.find((p) => p.part === 'ACTORS')).toMatchObject({ score: 3, max: 3 });
    expect(triage.parts.find((p) => p.part === 'ACTORS')!.contributions.map((c) => c.labelEn)).toContain('Community funds');
  });
});

describe('every recommendation explains itself', () => {
  it('breaks each score into four named parts that add up to it, with sourced contributions and cautions', async () => {
    const r = await recommend({ districtType: 'MIXED', resources: ['VOLUNTEERS'] }, 50);
    expect(r.totalCount).toBeGreaterThan(50);
    expect(r.results).toHaveLength(50);
    for (const x of r.results) {
      expect(x.parts.map((p) => p.part)).toEqual(['PROBLEMS', 'PLACES', 'ACTORS', 'EVIDENCE']);
      expect(Math.round(x.parts.reduce((sum, p) => sum + p.score, 0) * 100)).toBe(Math.round(x.score * 100));
      for (const p of x.parts) for (const c of p.contributions) if (c.points > 0) expect(c.sources.length, `${x.mechanism.id} ${p.part} ${c.labelEn}`).toBeGreaterThan(0);
    }
    const grid = r.results.find((x) => x.mechanism.id === 'mechanism:grid-management')!;
    expect(grid.cautions).toContainEqual(expect.objectContaining({ kind: 'CRITIQUE', about: { id: 'pub:liu-shaojie-occupational-groups' } }));
    const foundation = r.results.find((x) => x.mechanism.id === 'mechanism:community-foundation')!;
    expect(foundation.cautions).toContainEqual(expect.objectContaining({ kind: 'LIMIT', about: { id: 'problem:cf-reliance-on-public-funds' } }));
  });

  it('gives the same ranking and profile for the same profile, however its lists are written', async () => {
    const a = await recommend({ citySize: 'LARGE_I', population: ['MIGRANTS', 'AGEING'], problems: ['problem:dependence-on-government', 'problem:social-risk'], resources: ['VOLUNTEERS', 'COMMUNITY_FUNDS'] }, 20);
    const b = await recommend({ citySize: 'LARGE_I', population: ['AGEING', 'MIGRANTS', 'AGEING'], problems: ['problem:social-risk', 'problem:dependence-on-government'], resources: ['COMMUNITY_FUNDS', 'VOLUNTEERS'] }, 20);
    expect(b.profile).toEqual(a.profile);
    expect(a.profile).toEqual({ citySize: 'LARGE_I', districtType: null, population: ['AGEING', 'MIGRANTS'], problems: ['problem:dependence-on-government', 'problem:social-risk'], resources: ['COMMUNITY_FUNDS', 'VOLUNTEERS'] });
    expect(b.results.map((x) => [x.mechanism.id, x.score])).toEqual(a.results.map((x) => [x.mechanism.id, x.score]));
  });
});

describe('the planner refuses a profile it cannot read', () => {
  it.each([
    [{ problems: ['problem:nothing-like-this'] }, 10, /problem:nothing-like-this/],
    [{ problems: ['actor:volunteer'] }, 10, /actor:volunteer/],
    [{ problems: Array.from({ length: 21 }, (_, i) => `problem:p${i}`) }, 10, /at most 20/],
    [{}, 51, /`first` must be from 1 to 50/],
  ])('%j first %i', async (profile, first, message) => {
    const { data, errors } = await api.exec(RecommendMechanismsDocument, { profile, first });
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(errors?.[0].message).toMatch(message);
  });
});
