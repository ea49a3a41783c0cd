/**
 * ACTORS: the share of what the mechanism needs (actor kinds it involves, resources it runs on) that the district
 * has, times the part's ceiling. Adding a resource to a profile only ever turns needs from missing to present.
 * A mechanism whose documents name nothing it needs earns nothing here: feasibility is not known.
 */
import type { NodeRecord } from '../../../../graph-schema/records.js';
import type { PlannerContext } from './plannerContext.js';
import { round2, SCORE_RULES, toHundredths, WEIGHTS } from './scoreRules.js';
import type { Candidate, Contribution, Need, ScorePartResult } from './types.js';
import { RESOURCES } from './vocabulary.js';

const name = (n: NodeRecord | null, lang: 'Zh' | 'En') => String(n?.props[`name${lang}`] ?? n?.id ?? '');

function present(need: Need, ctx: PlannerContext): { zh: string; en: string } | null {
  if (need.kind === 'actor') return ctx.available.get(need.actor.id) ?? null;
  return ctx.resources.has(need.resource) ? { zh: '已具备', en: 'at hand' } : null;
}

function contribution(need: Need, ctx: PlannerContext, share: number): Contribution {
  const have = present(need, ctx);
  const viaZh = need.via ? (need.kind === 'actor' ? `（见案例“${name(need.via, 'Zh')}”）` : `（依托“${name(need.via, 'Zh')}”）`) : '';
  const viaEn = need.via ? (need.kind === 'actor' ? ` (in the case ${name(need.via, 'En')})` : ` (runs on ${name(need.via, 'En')})`) : '';
  const [labelZh, labelEn] = need.kind === 'actor' ? [name(need.actor, 'Zh'), name(need.actor, 'En')] : [RESOURCES[need.resource].labelZh, RESOURCES[need.resource].labelEn];
  return {
    entity: need.kind === 'actor' ? need.actor : null,
    labelZh,
    labelEn,
    points: have ? share : 0,
    reasonZh: (have ? `需要，已具备：${have.zh}` : '需要，尚不具备') + viaZh,
    reasonEn: (have ? `needed, present: ${have.en}` : 'needed, not present') + viaEn,
    sources: need.sources,
  };
}

/** The part's points alone (in hundredths), as actorsPart counts them: the ranking scores every candidate with it. */
export function actorsHundredths(candidate: Candidate, ctx: PlannerContext): number {
  const total = candidate.needs.length;
  if (total === 0) return 0;
  let met = 0;
  for (const n of candidate.needs) if (present(n, ctx) !== null) met++;
  return toHundredths((WEIGHTS.actors.max * met) / total);
}

export function actorsPart(candidate: Candidate, ctx: PlannerContext): ScorePartResult {
  const total = candidate.needs.length;
  const met = candidate.needs.filter((n) => present(n, ctx) !== null).length;
  const max = WEIGHTS.actors.max;
  return {
    part: 'ACTORS',
    hundredths: actorsHundredths(candidate, ctx),
    max: SCORE_RULES.ACTORS.max,
    summaryZh: total === 0 ? '文献没有写明它需要哪些主体' : `它所需的 ${total} 项主体和资源中，已具备 ${met} 项`,
    summaryEn: total === 0 ? 'The documents name no actors it needs' : `${met} of the ${total} actors and resources it needs are present`,
    contributions: candidate.needs.map((n) => contribution(n, ctx, round2(max / total))),
  };
}
