/**
 * Issue 5, "done when": properties of the planner's ranking, checked on graphs fast-check builds (cities of
 * every size class, zones, cases with actors and problems, mechanisms with parts, sources of every kind) and on
 * random profiles drawn from the real vocabulary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, typeOfId, type RelType } from '../../../../graph-schema/model.js';
import { edgeId, type EdgeRecord, type GraphData, type NodeRecord, type Source } from '../../../../graph-schema/records.js';
import type { PlannerProfileInput, PlannerResource } from '../../generated/resolvers.js';
import { buildSnapshot } from '../graphSnapshot.js';
import { gatherCandidates } from './candidates.js';
import { plannerContext } from './plannerContext.js';
import { readProfile } from './profile.js';
import { rankMechanisms } from './rankMechanisms.js';
import { CITY_SIZE_ORDER, DISTRICT_ORDER, RESOURCE_ORDER, RESOURCES, TRAIT_ORDER } from './vocabulary.js';

const SIZE_CLASSES = [...(NODE_TYPES.City.props.sizeClass.values ?? []), null];
const ACTORS = ['actor:volunteer', 'actor:social-worker', 'actor:social-organisation', 'actor:enterprise', 'actor:residents-committee', 'actor:owners-committee', 'actor:retirees', 'actor:courtyard-council', 'actor:lawyers'];
const PROBLEMS = ['problem:p0', 'problem:p1', 'problem:p2', 'problem:p3', 'problem:elderly-digital-barrier', 'problem:population-mobility-heterogeneity'];
/** Two mechanisms the vocabulary names (so resources that run on them are needed), and plain ones. */
const MECHANISMS = ['mechanism:community-foundation', 'mechanism:online-consultation-platform', 'mechanism:m0', 'mechanism:m1', 'mechanism:m2', 'mechanism:m3'];
const PUB_KINDS = ['article', 'book', 'report', 'webpage', 'newspaper', null];
const CITIES = 4;
const ZONES = 2;
const CASES = 5;
const PUBS = 3;

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];
const subsetOf = <T>(list: readonly T[], max = list.length) => fc.subarray([...list], { maxLength: max });

const graphArb = fc.record({
  citySizes: fc.array(fc.constantFrom(...SIZE_CLASSES), { minLength: CITIES, maxLength: CITIES }),
  pubKinds: fc.array(fc.constantFrom(...PUB_KINDS), { minLength: PUBS, maxLength: PUBS }),
  zoneCity: fc.array(fc.nat(CITIES - 1), { minLength: ZONES, maxLength: ZONES }),
  cases: fc.array(
    fc.record({ inZone: fc.boolean(), place: fc.nat(9), actors: subsetOf(ACTORS, 3), problems: subsetOf(PROBLEMS, 2), doc: fc.nat(PUBS - 1) }),
    { minLength: CASES, maxLength: CASES },
  ),
  mechanisms: fc.array(
    fc.record({
      problems: subsetOf(PROBLEMS, 3),
      actors: subsetOf(ACTORS, 3),
      appliedIn: subsetOf([...Array(CASES).keys()], 3),
      zonesApplying: subsetOf([...Array(ZONES).keys()], 1),
      part: fc.option(fc.nat(MECHANISMS.length - 1), { nil: null }),
      docs: subsetOf([...Array(PUBS).keys()], 3),
      discussedBy: fc.option(fc.record({ pub: fc.nat(PUBS - 1), stance: fc.constantFrom('describes', 'supports', 'critiques') }), { nil: null }),
    }),
    { minLength: MECHANISMS.length, maxLength: MECHANISMS.length },
  ),
  related: fc.array(fc.tuple(fc.constantFrom(...PROBLEMS), fc.constantFrom(...PROBLEMS)), { maxLength: 3 }),
});
type GraphSpec = typeof graphArb extends fc.Arbitrary<infer T> ? T : never;

const src = (doc: number, locator = '1'): Source[] => [{ doc: `pub:d${doc}`, locator }];

function node(id: string, props: Record<string, unknown> = {}, sources: Source[] = src(0)): NodeRecord {
  return { id, type: typeOfId(id)!, sources, props: { nameZh: id, nameEn: id, ...props } as NodeRecord['props'] };
}

/** The graph a spec describes: every relationship the planner reads, each with a source. */
function buildGraph(spec: GraphSpec): GraphData {
  const nodes = new Map<string, NodeRecord>();
  const edges = new Map<string, EdgeRecord>();
  const add = (n: NodeRecord) => nodes.set(n.id, n);
  const link = (from: string, type: RelType, to: string, sources: Source[] = src(0), props: Record<string, unknown> = {}) =>
    edges.set(edgeId(from, type, to), { id: edgeId(from, type, to), type, from, to, sources, props: props as EdgeRecord['props'] });
  spec.pubKinds.forEach((kind, i) => add(node(`pub:d${i}`, { kind })));
  spec.citySizes.forEach((sizeClass, i) => add(node(`city:c${i}`, { sizeClass })));
  spec.zoneCity.forEach((c, i) => (add(node(`zone:z${i}`)), link(`zone:z${i}`, 'LOCATED_IN', `city:c${c}`)));
  ACTORS.forEach((a) => add(node(a)));
  PROBLEMS.forEach((p) => add(node(p)));
  MECHANISMS.forEach((m) => add(node(m)));
  spec.related.forEach(([a, b]) => a !== b && link(a, 'RELATED_TO', b));
  spec.cases.forEach((c, i) => {
    const id = `case:k${i}`;
    add(node(id, {}, src(c.doc)));
    link(id, 'LOCATED_IN', c.inZone ? `zone:z${c.place % ZONES}` : `city:c${c.place % CITIES}`, src(c.doc));
    c.actors.forEach((a) => link(id, 'INVOLVES', a, src(c.doc)));
    c.problems.forEach((p) => link(id, 'ADDRESSES', p, src(c.doc)));
  });
  spec.mechanisms.forEach((m, i) => {
    const id = MECHANISMS[i];
    const docs = m.docs.length > 0 ? m.docs : [0];
    nodes.set(id, node(id, {}, docs.map((d) => ({ doc: `pub:d${d}`, locator: 'm' }))));
    m.problems.forEach((p, j) => link(id, 'ADDRESSES', p, src(pick(docs, j))));
    m.actors.forEach((a, j) => link(id, 'INVOLVES', a, src(pick(docs, j))));
    m.appliedIn.forEach((c) => link(`case:k${c}`, 'APPLIES', id, src(pick(docs, c))));
    m.zonesApplying.forEach((z) => link(`zone:z${z}`, 'APPLIES', id, src(docs[0])));
    // Parts only point to later mechanisms, so the part-of relation has no cycles.
    if (m.part !== null && m.part > i) link(id, 'HAS_PART', MECHANISMS[m.part], src(docs[0]));
    if (m.discussedBy) link(`pub:d${m.discussedBy.pub}`, 'DISCUSSES', id, src(m.discussedBy.pub), { stance: m.discussedBy.stance });
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const profileArb = fc.record({
  citySize: fc.option(fc.constantFrom(...CITY_SIZE_ORDER), { nil: null }),
  districtType: fc.option(fc.constantFrom(...DISTRICT_ORDER), { nil: null }),
  population: subsetOf(TRAIT_ORDER),
  problems: subsetOf(PROBLEMS),
  resources: subsetOf(RESOURCE_ORDER),
});

function rank(graph: GraphData, input: PlannerProfileInput) {
  const snapshot = buildSnapshot('test', graph.nodes, graph.edges);
  const profile = readProfile(input, (id) => snapshot.node(id)?.type === 'Problem');
  return rankMechanisms(gatherCandidates(snapshot), plannerContext(snapshot, profile));
}

const scores = (ranking: ReturnType<typeof rank>) => new Map(ranking.map((r) => [r.candidate.mechanism.id, r.hundredths]));

/** Two new mechanisms alike in every link, except that `twin-b` also addresses `problem`. */
function withTwins(graph: GraphData, spec: GraphSpec['mechanisms'][number], problem: string): GraphData {
  const extra: GraphData = { nodes: [], edges: [] };
  for (const id of ['mechanism:twin-a', 'mechanism:twin-b']) {
    extra.nodes.push(node(id, {}, src(0, 'twin')));
    const link = (from: string, type: RelType, to: string) => extra.edges.push({ id: edgeId(from, type, to), type, from, to, sources: src(1, 'twin'), props: {} });
    spec.problems.filter((p) => p !== problem).forEach((p) => link(id, 'ADDRESSES', p));
    spec.actors.forEach((a) => link(id, 'INVOLVES', a));
    spec.appliedIn.forEach((c) => link(`case:k${c}`, 'APPLIES', id));
    if (id === 'mechanism:twin-b') link(id, 'ADDRESSES', problem);
  }
  return { nodes: [...graph.nodes, ...extra.nodes], edges: [...graph.edges, ...extra.edges] };
}

describe('the planner ranking (issue 5)', () => {
  it('never puts a mechanism that addresses none of the stated problems above an otherwise equal one that addresses them', () => {
    fc.assert(
      fc.property(graphArb, profileArb, fc.nat(), (spec, profile, k) => {
        fc.pre(profile.problems.length > 0);
        const stated = pick(profile.problems, k);
        // twin-a must address none of the stated problems itself.
        const twinSpec = { ...spec.mechanisms[k % spec.mechanisms.length] };
        twinSpec.problems = twinSpec.problems.filter((p) => !profile.problems.includes(p));
        const ranking = rank(withTwins(buildGraph(spec), twinSpec, stated), profile);
        const ids = ranking.map((r) => r.candidate.mechanism.id);
        const a = ids.indexOf('mechanism:twin-a');
        const b = ids.indexOf('mechanism:twin-b');
        expect(b).toBeGreaterThanOrEqual(0);
        // "twin-a" sorts before "twin-b" by id, so b can only be ahead on a strictly higher score.
        expect(a === -1 || b < a).toBe(true);
        expect(scores(ranking).get('mechanism:twin-b')!).toBeGreaterThan(scores(ranking).get('mechanism:twin-a') ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a mechanism when a resource is added, and raises one that needs it and lacked it', () => {
    fc.assert(
      fc.property(graphArb, profileArb, fc.constantFrom(...RESOURCE_ORDER), (spec, profile, resource: PlannerResource) => {
        fc.pre(!profile.resources.includes(resource));
        const graph = buildGraph(spec);
        const before = rank(graph, profile);
        const after = scores(rank(graph, { ...profile, resources: [...profile.resources, resource] }));
        for (const r of before) {
          expect(after.get(r.candidate.mechanism.id), r.candidate.mechanism.id).toBeGreaterThanOrEqual(r.hundredths);
          const actors = r.parts.find((p) => p.part === 'ACTORS')!;
          const lacked = r.candidate.needs.some(
            (n, i) => actors.contributions[i].points === 0 && (n.kind === 'resource' ? n.resource === resource : (RESOURCES[resource].actors ?? []).includes(n.actor.id)),
          );
          if (lacked) expect(after.get(r.candidate.mechanism.id)!, r.candidate.mechanism.id).toBeGreaterThan(r.hundredths);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('makes every score the sum of its parts, each part within its ceiling', () => {
    fc.assert(
      fc.property(graphArb, profileArb, (spec, profile) => {
        for (const r of rank(buildGraph(spec), profile)) {
          expect(r.parts.map((p) => p.part)).toEqual(['PROBLEMS', 'PLACES', 'ACTORS', 'EVIDENCE']);
          expect(r.parts.reduce((sum, p) => sum + p.hundredths, 0)).toBe(r.hundredths);
          expect(Math.abs(r.parts.reduce((sum, p) => sum + p.hundredths / 100, 0) - r.hundredths / 100)).toBeLessThan(1e-9);
          for (const p of r.parts) {
            expect(p.hundredths).toBeGreaterThanOrEqual(0);
            if (p.max !== null) expect(p.hundredths).toBeLessThanOrEqual(p.max * 100);
            const contributed = p.contributions.reduce((sum, c) => sum + Math.round(c.points * 100), 0);
            if (p.part !== 'ACTORS') expect(p.hundredths).toBe(p.max === null ? contributed : Math.min(contributed, p.max * 100));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same ranking for the same profile, whatever order the graph and the profile lists come in', () => {
    fc.assert(
      fc.property(graphArb, profileArb, fc.nat(), (spec, profile, seed) => {
        const graph = buildGraph(spec);
        const shuffle = <T>(list: readonly T[]) => [...list].map((v, i) => ({ v, k: (i * 7919 + seed) % 104729 })).sort((a, b) => a.k - b.k).map((x) => x.v);
        const again: GraphData = { nodes: shuffle(graph.nodes).reverse(), edges: shuffle(graph.edges) };
        const respelled = { ...profile, problems: [...shuffle(profile.problems), ...profile.problems], resources: [...profile.resources].reverse(), population: shuffle(profile.population) };
        const one = rank(graph, profile).map((r) => [r.rank, r.candidate.mechanism.id, r.hundredths]);
        expect(rank(graph, profile).map((r) => [r.rank, r.candidate.mechanism.id, r.hundredths])).toEqual(one);
        expect(rank(again, respelled).map((r) => [r.rank, r.candidate.mechanism.id, r.hundredths])).toEqual(one);
      }),
      { numRuns: 200 },
    );
  });

  it('orders by score, then by id, and numbers ranks from one', () => {
    fc.assert(
      fc.property(graphArb, profileArb, (spec, profile) => {
        const ranking = rank(buildGraph(spec), profile);
        ranking.forEach((r, i) => {
          expect(r.rank).toBe(i + 1);
          expect(r.hundredths).toBeGreaterThan(0);
          const next = ranking[i + 1];
          if (next) expect(r.hundredths > next.hundredths || (r.hundredths === next.hundredths && r.candidate.mechanism.id < next.candidate.mechanism.id)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});
