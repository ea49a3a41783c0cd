/**
 * PROBLEMS: for each problem the profile states (full weight) or brings through its population and district type
 * (half weight), the best way the mechanism meets it: directly, through a part, through a case that applied it,
 * or by addressing a problem the graph relates to it. One contribution per problem met; no ceiling.
 */
import type { NodeRecord } from '../../../../graph-schema/records.js';
import type { PlannerContext, Why } from './plannerContext.js';
import { SCORE_RULES, toHundredths, WEIGHTS } from './scoreRules.js';
import type { Candidate, Contribution, ProblemLink, ScorePartResult } from './types.js';

const W = WEIGHTS.problems;
const name = (n: NodeRecord | null, lang: 'Zh' | 'En') => String(n?.props[`name${lang}`] ?? n?.id ?? '');

interface Met {
  link: ProblemLink;
  points: number;
  /** The link is to a problem related to the one considered, not to that problem itself. */
  related: boolean;
}

function reason(met: Met): Why {
  const { link } = met;
  if (met.related) return { zh: `回应相关问题“${name(link.problem, 'Zh')}”`, en: `addresses a related problem, ${name(link.problem, 'En')}` };
  switch (link.how) {
    case 'direct':
      return { zh: '直接回应', en: 'addressed directly' };
    case 'part':
      return { zh: `经由其组成部分“${name(link.via, 'Zh')}”回应`, en: `addressed through its part ${name(link.via, 'En')}` };
    case 'case':
      return { zh: `经由案例“${name(link.via, 'Zh')}”回应`, en: `addressed through the case ${name(link.via, 'En')}` };
  }
}

const basePoints = (link: ProblemLink) => (link.how === 'direct' ? W.direct : link.how === 'part' ? W.part : W.case);

type Target = { problemId: string; own: boolean };
const targetsCache = new WeakMap<PlannerContext, Map<string, Target[]>>();

/** For one profile: each problem a link may name → the considered problems that link meets, as their own or as related. */
function targetsOf(ctx: PlannerContext): Map<string, Target[]> {
  let targets = targetsCache.get(ctx);
  if (!targets) {
    const t = new Map<string, Target[]>();
    const add = (linked: string, target: Target) => (t.get(linked) ?? t.set(linked, []).get(linked)!).push(target);
    for (const id of new Set([...ctx.profile.problems, ...ctx.implied.keys()])) {
      add(id, { problemId: id, own: true });
      for (const r of ctx.related.get(id) ?? []) add(r, { problemId: id, own: false });
    }
    targetsCache.set(ctx, (targets = t));
  }
  return targets;
}

/**
 * The best way the candidate meets each considered problem, in one pass over its links. Ties keep the first
 * link (links come direct, part, case).
 */
function bestByProblem(candidate: Candidate, ctx: PlannerContext): Map<string, Met> {
  const targets = targetsOf(ctx);
  const best = new Map<string, Met>();
  for (const link of candidate.addresses) {
    for (const { problemId, own } of targets.get(link.problem.id) ?? []) {
      const points = own ? basePoints(link) : W.related;
      const had = best.get(problemId);
      if (!had || points > had.points) best.set(problemId, { link, points, related: !own });
    }
  }
  return best;
}

/** Each problem considered (stated at full weight, then brought at half), with how the candidate meets it. */
function eachMet(candidate: Candidate, ctx: PlannerContext, visit: (problemId: string, met: Met, factor: number, brought: Why | null) => void): void {
  const best = bestByProblem(candidate, ctx);
  if (best.size === 0) return;
  const consider = (problemId: string, factor: number, brought: Why | null) => {
    const met = best.get(problemId);
    if (met) visit(problemId, met, factor, brought);
  };
  for (const id of ctx.profile.problems) consider(id, 1, null);
  for (const [id, brought] of ctx.implied) consider(id, W.implied, brought);
}

/** The part's points alone (in hundredths), as problemsPart counts them: the ranking scores every candidate with it. */
export function problemsHundredths(candidate: Candidate, ctx: PlannerContext): number {
  let sum = 0;
  eachMet(candidate, ctx, (_, met, factor) => (sum += toHundredths(met.points * factor)));
  return sum;
}

export function problemsPart(candidate: Candidate, ctx: PlannerContext): ScorePartResult {
  const contributions: Contribution[] = [];
  let statedMet = 0;
  eachMet(candidate, ctx, (problemId, met, factor, brought) => {
    if (!brought) statedMet++;
    const problem = ctx.problemNodes.get(problemId) ?? null;
    const why = reason(met);
    contributions.push({
      entity: problem,
      labelZh: problem ? name(problem, 'Zh') : problemId,
      labelEn: problem ? name(problem, 'En') : problemId,
      points: met.points * factor,
      reasonZh: brought ? `${why.zh}（“${brought.zh}”带来的问题，按一半计）` : why.zh,
      reasonEn: brought ? `${why.en} (a problem "${brought.en}" brings, counted half)` : why.en,
      sources: met.link.sources,
    });
  });
  const broughtMet = contributions.length - statedMet;
  return {
    part: 'PROBLEMS',
    hundredths: problemsHundredths(candidate, ctx),
    max: SCORE_RULES.PROBLEMS.max,
    summaryZh: `回应所选 ${ctx.stated.size} 个问题中的 ${statedMet} 个，以及画像带来的 ${broughtMet} 个问题`,
    summaryEn: `Meets ${statedMet} of the ${ctx.stated.size} problems chosen and ${broughtMet} the profile brings`,
    contributions,
  };
}
