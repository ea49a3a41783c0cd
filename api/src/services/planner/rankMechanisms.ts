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
