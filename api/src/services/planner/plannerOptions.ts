/** plannerOptions: the vocabulary table resolved against the graph, so the planner's form is built from it. */
import type { NodeRecord } from '../../../../graph-schema/records.js';
import type { ScorePartKind } from '../../generated/resolvers.js';
import type { GraphStore } from '../../store/GraphStore.js';
import { graphSnapshot, type GraphSnapshot } from '../graphSnapshot.js';
import { gatherCandidates } from './candidates.js';
import { compareIds } from '../compareIds.js';
import { actorsOfChoice, problemsOfChoice } from './plannerContext.js';
import { SCORE_RULES, type ScoreRule } from './scoreRules.js';
import { BASELINE_ACTORS, CITY_SIZES, DEFAULT_PROFILE, DISTRICT_TYPES, POPULATION_TRAITS, RESOURCES, type Choice } from './vocabulary.js';

export interface ChoiceOption {
  value: string;
  labelZh: string;
  labelEn: string;
  explanationZh: string;
  explanationEn: string;
  actors: NodeRecord[];
  mechanisms: NodeRecord[];
  problems: NodeRecord[];
}

export interface PlannerOptionsResult {
  citySizes: ChoiceOption[];
  districtTypes: ChoiceOption[];
  populationTraits: ChoiceOption[];
  resources: ChoiceOption[];
  problems: { problem: NodeRecord; mechanismCount: number }[];
  baselineActors: NodeRecord[];
  defaults: typeof DEFAULT_PROFILE;
  scoring: (ScoreRule & { part: ScorePartKind })[];
}

const nodes = (snapshot: GraphSnapshot, ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => snapshot.node(id) ?? []);

function options(snapshot: GraphSnapshot, table: Readonly<Record<string, Choice>>, affecting = false): ChoiceOption[] {
  return Object.entries(table).map(([value, c]) => ({
    value,
    labelZh: c.labelZh,
    labelEn: c.labelEn,
    explanationZh: c.explanationZh,
    explanationEn: c.explanationEn,
    actors: nodes(snapshot, actorsOfChoice(snapshot, c)),
    mechanisms: nodes(snapshot, c.mechanisms),
    problems: nodes(snapshot, problemsOfChoice(snapshot, c, affecting)),
  }));
}

/** Problems at least one mechanism meets (directly, through a part or a case), most often met first. */
function problemChoices(snapshot: GraphSnapshot): PlannerOptionsResult['problems'] {
  const counts = new Map<string, Set<string>>();
  for (const c of gatherCandidates(snapshot)) {
    for (const link of c.addresses) (counts.get(link.problem.id) ?? counts.set(link.problem.id, new Set()).get(link.problem.id)!).add(c.mechanism.id);
  }
  return [...counts]
    .flatMap(([id, ms]) => { const problem = snapshot.node(id); return problem ? [{ problem, mechanismCount: ms.size }] : []; })
    .sort((a, b) => b.mechanismCount - a.mechanismCount || compareIds(a.problem.id, b.problem.id));
}

export async function plannerOptions(store: GraphStore): Promise<PlannerOptionsResult> {
  const snapshot = await graphSnapshot(store);
  return {
    citySizes: options(snapshot, CITY_SIZES),
    districtTypes: options(snapshot, DISTRICT_TYPES),
    populationTraits: options(snapshot, POPULATION_TRAITS, true),
    resources: options(snapshot, RESOURCES),
    problems: problemChoices(snapshot),
    baselineActors: nodes(snapshot, BASELINE_ACTORS),
    defaults: DEFAULT_PROFILE,
    scoring: (Object.keys(SCORE_RULES) as ScorePartKind[]).map((part) => ({ part, ...SCORE_RULES[part] })),
  };
}
