/** The planner (issue 5): plannerOptions and recommendMechanisms, thin over services/planner/. */
import type { NodeRecord } from '../../../../graph-schema/records.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { plannerOptions } from '../../services/planner/plannerOptions.js';
import { recommendMechanisms } from '../../services/planner/recommendMechanisms.js';
import type { Contribution, Recommendation, ScorePartResult } from '../../services/planner/types.js';
import { toEntityModel } from '../models.js';

const entity = (n: NodeRecord | null) => (n ? toEntityModel(n) : null);
const entities = (ns: readonly NodeRecord[]) => ns.map(toEntityModel);
const points = (hundredths: number) => hundredths / 100;

const contribution = (c: Contribution) => ({ ...c, entity: entity(c.entity), points: Math.round(c.points * 100) / 100 });
const part = (p: ScorePartResult) => ({ ...p, score: points(p.hundredths), contributions: p.contributions.map(contribution) });

/** Evidence entries the API lists per mechanism; `evidenceCount` gives them all. */
const EVIDENCE_SHOWN = 8;

function recommendation(r: Recommendation) {
  const { candidate } = r;
  return {
    rank: r.rank,
    mechanism: toEntityModel(candidate.mechanism),
    score: points(r.hundredths),
    parts: r.parts.map(part),
    evidence: r.evidence.slice(0, EVIDENCE_SHOWN).map((a) => ({
      case: entity(a.case),
      place: entity(a.place),
      city: entity(a.city),
      sizeClass: typeof a.city?.props.sizeClass === 'string' ? a.city.props.sizeClass : null,
      points: a.points,
      sameSize: a.sameSize,
      districtMatch: a.districtMatch,
      sources: a.sources,
    })),
    evidenceCount: r.evidence.length,
    cautions: candidate.cautions.map((c) => ({ ...c, about: entity(c.about) })),
    partOf: entities(candidate.wholes),
  };
}

export const plannerResolvers: Resolvers = {
  Query: {
    plannerOptions: async (_, __, ctx) => {
      const o = await plannerOptions(ctx.store);
      const choices = (list: typeof o.resources) => list.map((c) => ({ ...c, actors: entities(c.actors), mechanisms: entities(c.mechanisms), problems: entities(c.problems) }));
      return {
        citySizes: choices(o.citySizes),
        districtTypes: choices(o.districtTypes),
        populationTraits: choices(o.populationTraits),
        resources: choices(o.resources),
        problems: o.problems.map((p) => ({ problem: toEntityModel(p.problem), mechanismCount: p.mechanismCount })),
        baselineActors: entities(o.baselineActors),
        defaults: { ...o.defaults, population: [...o.defaults.population], problems: [...o.defaults.problems], resources: [...o.defaults.resources] },
        scoring: o.scoring,
      };
    },
    recommendMechanisms: async (_, { profile, first }, ctx) => {
      const r = await recommendMechanisms(ctx.store, profile, first);
      return { profile: r.profile, totalCount: r.totalCount, results: r.results.map(recommendation) };
    },
  },
};
