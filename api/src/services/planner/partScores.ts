/**
 * Every candidate's score in hundredths, for one profile, without scoring the candidates one by one in full
 * (issue 8: 26,000 mechanisms at 100k nodes). Each part's points come from the same function the full part
 * uses; what changes is how often they are worked out:
 * - EVIDENCE depends on the candidate alone: one vector per candidate list (one graph version).
 * - PLACES depends only on the city size class and the district type, ACTORS only on the resources, district
 *   type and population: one vector per such combination, the most recent few kept.
 * - PROBLEMS is zero unless a candidate addresses a problem the profile considers or one related to it: only
 *   those candidates, found through an index of candidates by problem, are scored.
 */
import { actorsHundredths } from './actorsPart.js';
import { evidencePart } from './evidencePart.js';
import { placesHundredths } from './placesPart.js';
import type { PlannerContext } from './plannerContext.js';
import { problemsHundredths } from './problemsPart.js';
import type { Candidate } from './types.js';

/** Vectors kept per part and candidate list: profiles repeat a handful of combinations, requests shape the keys. */
const KEPT = 32;

interface Cached {
  evidence: Int32Array;
  byProblem: Map<string, number[]>;
  places: Map<string, Int32Array>;
  actors: Map<string, Int32Array>;
}

const cache = new WeakMap<readonly Candidate[], Cached>();

function cachedFor(candidates: readonly Candidate[]): Cached {
  let c = cache.get(candidates);
  if (!c) {
    const byProblem = new Map<string, number[]>();
    candidates.forEach((candidate, i) => {
      for (const id of new Set(candidate.addresses.map((l) => l.problem.id))) (byProblem.get(id) ?? byProblem.set(id, []).get(id)!).push(i);
    });
    c = { evidence: Int32Array.from(candidates, (x) => evidencePart(x).hundredths), byProblem, places: new Map(), actors: new Map() };
    cache.set(candidates, c);
  }
  return c;
}

function vector(kept: Map<string, Int32Array>, key: string, candidates: readonly Candidate[], score: (c: Candidate) => number): Int32Array {
  let v = kept.get(key);
  if (v) {
    // Most recently used last, so the oldest goes first.
    kept.delete(key);
    kept.set(key, v);
    return v;
  }
  v = Int32Array.from(candidates, score);
  kept.set(key, v);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  return v;
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

/** The profile features each part reads (see plannerContext): equal keys, equal points. */
const placesKey = (ctx: PlannerContext) => JSON.stringify([ctx.sizeIndex, ctx.profile.districtType]);
const actorsKey = (ctx: PlannerContext) => JSON.stringify([sorted(ctx.resources), ctx.profile.districtType, sorted(ctx.profile.population)]);

/** Each candidate's total in hundredths, in candidate order. */
export function totalScores(candidates: readonly Candidate[], ctx: PlannerContext): Int32Array {
  const c = cachedFor(candidates);
  const places = vector(c.places, placesKey(ctx), candidates, (x) => placesHundredths(x, ctx));
  const actors = vector(c.actors, actorsKey(ctx), candidates, (x) => actorsHundredths(x, ctx));
  const total = new Int32Array(candidates.length);
  for (let i = 0; i < total.length; i++) total[i] = c.evidence[i] + places[i] + actors[i];
  const touched = new Set<number>();
  for (const id of [...ctx.profile.problems, ...ctx.implied.keys()]) {
    for (const p of [id, ...(ctx.related.get(id) ?? [])]) for (const i of c.byProblem.get(p) ?? []) touched.add(i);
  }
  for (const i of touched) total[i] += problemsHundredths(candidates[i], ctx);
  return total;
}
