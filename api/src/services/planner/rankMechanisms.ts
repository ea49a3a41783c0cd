/**
 * The ranking: every candidate scored part by part, the parts (in hundredths) added up to the score, mechanisms
 * scoring nothing left out, the rest ordered by score and then by id, so the same profile always gives the same
 * ranking whatever order the graph or the profile's lists come in.
 */
import { actorsPart } from './actorsPart.js';
import { compareIds } from '../compareIds.js';
import { evidencePart } from './evidencePart.js';
import { placesPart } from './placesPart.js';
import type { PlannerContext } from './plannerContext.js';
import { problemsPart } from './problemsPart.js';
import { totalScores } from './partScores.js';
import type { Candidate, Recommendation } from './types.js';

export function scoreCandidate(candidate: Candidate, ctx: PlannerContext): Omit<Recommendation, 'rank'> {
  const places = placesPart(candidate, ctx);
  const parts = [problemsPart(candidate, ctx), places.part, actorsPart(candidate, ctx), evidencePart(candidate)];
  return { candidate, parts, hundredths: parts.reduce((sum, p) => sum + p.hundredths, 0), evidence: places.evidence };
}

/** The whole ranking, every candidate explained: the reference rankTop must agree with (tests/integration/plannerProperties). */
export function rankMechanisms(candidates: readonly Candidate[], ctx: PlannerContext): Recommendation[] {
  return candidates
    .map((c) => scoreCandidate(c, ctx))
    .filter((r) => r.hundredths > 0)
    .sort((a, b) => b.hundredths - a.hundredths || compareIds(a.candidate.mechanism.id, b.candidate.mechanism.id))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

/**
 * The first `limit` of rankMechanisms and how many it ranks, without writing out every candidate's explanation:
 * every candidate's score comes from partScores (the parts' points alone, reused across profiles where a part
 * cannot differ), the first `limit` are picked in one pass, and only they are scored in full (issue 8).
 */
export function rankTop(candidates: readonly Candidate[], ctx: PlannerContext, limit: number): { total: number; results: Recommendation[] } {
  const scores = totalScores(candidates, ctx);
  // Before: a higher score, then the lower id (as rankMechanisms sorts).
  const before = (i: number, j: number) => scores[i] > scores[j] || (scores[i] === scores[j] && compareIds(candidates[i].mechanism.id, candidates[j].mechanism.id) < 0);
  const best: number[] = [];
  let total = 0;
  for (let i = 0; i < candidates.length; i++) {
    if (scores[i] <= 0) continue;
    total++;
    if (limit <= 0 || (best.length === limit && !before(i, best[best.length - 1]))) continue;
    let at = best.length;
    while (at > 0 && before(i, best[at - 1])) at--;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return { total, results: best.map((i, k) => ({ ...scoreCandidate(candidates[i], ctx), rank: k + 1 })) };
}
