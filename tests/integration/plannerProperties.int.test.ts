/** Issue 5: the ranking's properties again, on the real curated seed with random profiles from its vocabulary. */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../api/src/services/graphSnapshot.js';
import { gatherCandidates } from '../../api/src/services/planner/candidates.js';
import { plannerContext } from '../../api/src/services/planner/plannerContext.js';
import { readProfile } from '../../api/src/services/planner/profile.js';
import { rankMechanisms, rankTop } from '../../api/src/services/planner/rankMechanisms.js';
import { CITY_SIZE_ORDER, DISTRICT_ORDER, RESOURCE_ORDER, TRAIT_ORDER } from '../../api/src/services/planner/vocabulary.js';
import type { PlannerProfileInput } from '../../api/src/generated/resolvers.js';
import { loadSeedFiles } from '../../seed/loader/loadSeedFiles.js';

const graph = loadSeedFiles(resolve(import.meta.dirname, '../../seed'));
const snapshot = buildSnapshot('seed', graph.nodes, graph.edges);
const candidates = gatherCandidates(snapshot);
const problems = snapshot.ofType('Problem').map((p) => p.id);

const profileArb = fc.record({
  citySize: fc.option(fc.constantFrom(...CITY_SIZE_ORDER), { nil: null }),
  districtType: fc.option(fc.constantFrom(...DISTRICT_ORDER), { nil: null }),
  population: fc.subarray([...TRAIT_ORDER]),
  problems: fc.subarray(problems, { maxLength: 5 }),
  resources: fc.subarray([...RESOURCE_ORDER]),
});

const rank = (input: PlannerProfileInput) => rankMechanisms(candidates, plannerContext(snapshot, readProfile(input, (id) => problems.includes(id))));

describe('the planner on the real seed', () => {
  it('rankTop (what the API serves) is exactly the head of the full ranking, with its length as the total', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 1, max: 50 }), (profile, limit) => {
        const ctx = plannerContext(snapshot, readProfile(profile, (id) => problems.includes(id)));
        const full = rankMechanisms(candidates, ctx);
        const top = rankTop(candidates, ctx, limit);
        expect(top.total).toBe(full.length);
        expect(top.results).toEqual(full.slice(0, limit));
      }),
      { numRuns: 80 },
    );
  });

  it('never lowers any mechanism when a resource is added', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...RESOURCE_ORDER), (profile, resource) => {
        fc.pre(!profile.resources.includes(resource));
        const after = new Map(rank({ ...profile, resources: [...profile.resources, resource] }).map((r) => [r.candidate.mechanism.id, r.hundredths]));
        for (const r of rank(profile)) expect(after.get(r.candidate.mechanism.id)).toBeGreaterThanOrEqual(r.hundredths);
      }),
      { numRuns: 60 },
    );
  });

  it('adds the parts of every score up to it, and gives the same ranking twice', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const first = rank(profile);
        for (const r of first) expect(r.parts.reduce((sum, p) => sum + p.hundredths, 0)).toBe(r.hundredths);
        expect(rank({ ...profile, problems: [...profile.problems].reverse() }).map((r) => [r.candidate.mechanism.id, r.hundredths])).toEqual(first.map((r) => [r.candidate.mechanism.id, r.hundredths]));
      }),
      { numRuns: 60 },
    );
  });

  it('puts a copy of any real mechanism that addresses a stated problem above its otherwise equal copy that addresses none', () => {
    const mechanisms = snapshot.ofType('Mechanism');
    fc.assert(
      fc.property(profileArb, fc.nat(mechanisms.length - 1), fc.nat(), (profile, m, k) => {
        fc.pre(profile.problems.length > 0);
        const stated = profile.problems[k % profile.problems.length];
        const original = mechanisms[m];
        // Two copies with every relationship of the original, both ways; stated problems are dropped from
        // twin-a's ADDRESSES, and twin-b addresses one of them (with the original's own sources).
        const copy = (id: string) => {
          const edges = graph.edges.flatMap((e) => {
            if (e.from !== original.id && e.to !== original.id) return [];
            if (e.type === 'ADDRESSES' && e.from === original.id && profile.problems.includes(e.to)) return [];
            const from = e.from === original.id ? id : e.from;
            const to = e.to === original.id ? id : e.to;
            return [{ ...e, id: `${from}|${e.type}|${to}`, from, to }];
          });
          return { node: { ...original, id }, edges };
        };
        const a = copy('mechanism:zz-twin-a');
        const b = copy('mechanism:zz-twin-b');
        b.edges.push({ id: `mechanism:zz-twin-b|ADDRESSES|${stated}`, type: 'ADDRESSES', from: 'mechanism:zz-twin-b', to: stated, sources: original.sources, props: {} });
        const twinned = buildSnapshot('twins', [...graph.nodes, a.node, b.node], [...graph.edges, ...a.edges, ...b.edges]);
        const ranking = rankMechanisms(gatherCandidates(twinned), plannerContext(twinned, readProfile(profile, (id) => problems.includes(id))));
        const ids = ranking.map((r) => r.candidate.mechanism.id);
        const ia = ids.indexOf('mechanism:zz-twin-a');
        expect(ia === -1 || ids.indexOf('mechanism:zz-twin-b') < ia).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
