/**
 * The ranking: every candidate scored part by part, the parts (in hundredths) added up to the score, mechanisms
 * scoring nothing left out, the rest ordered by score and then by id, so the same profile always gives the same
 * ranking whatever order the graph or the profile's lists come in.
 */
import { actorsHundredths, actorsPart } from './actorsPart.js';
import { compareIds } from '../compareIds.js';
import { evidencePart } from './evidencePart.js';
import { placesHundredths, placesPart } from './placesPart.js';
import type { PlannerContext } from './plannerContext.js';
import { problemsHundredths, problemsPart } from './problemsPart.js';
import type { Candidate, Recommendation } from './types.js';

export function scoreCandidate(candidate: Candidate, ctx: PlannerContext): Omit<Recommendation, 'rank'> {
  const places = placesPart(candidate, ctx);
  const parts = [problemsPart(candidate, ctx), places.part, actorsPart(candidate, ctx), evidencePart(candidate)];
  return { candidate, parts, hundredths: parts.reduce((sum, p) => sum + p.hundredths, 0), evidence: places.evidence };
}

export function rankMechanisms(candidates: readonly Candidate[], ctx: PlannerContext): Recommendation[] {
  return candidates
    .map((c) => scoreCandidate(c, ctx))
    .filter((r) => r.hundredths > 0)
    .sort((a, b) => b.hundredths - a.hundredths || compareIds(a.candidate.mechanism.id, b.candidate.mechanism.id))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

/**
 * The first `limit` of rankMechanisms and how many it ranks, without writing out every candidate's explanation:
 * every candidate is scored with the parts' points alone (the same functions the full parts take their points
 * from), and only those shown are scored in full. At 26,000 mechanisms the explanations were most of a
 * request's time and garbage (issue 8).
 */
export function rankTop(candidates: readonly Candidate[], ctx: PlannerContext, limit: number): { total: number; results: Recommendation[] } {
  const scored: { candidate: Candidate; hundredths: number }[] = [];
  for (const candidate of candidates) {
    const hundredths = problemsHundredths(candidate, ctx) + placesHundredths(candidate, ctx) + actorsHundredths(candidate, ctx) + evidencePart(candidate).hundredths;
    if (hundredths > 0) scored.push({ candidate, hundredths });
  }
  scored.sort((a, b) => b.hundredths - a.hundredths || compareIds(a.candidate.mechanism.id, b.candidate.mechanism.id));
  return { total: scored.length, results: scored.slice(0, limit).map((s, i) => ({ ...scoreCandidate(s.candidate, ctx), rank: i + 1 })) };
}
