/**
 * A profile read against the graph and the vocabulary, once per request: which actors the district has and why,
 * which problems it states or brings, the problems related to those, and what marks a district like it.
 */
import type { NodeRecord } from '../../../../graph-schema/records.js';
import type { PlannerResource } from '../../generated/resolvers.js';
import type { GraphSnapshot } from '../graphSnapshot.js';
import type { Profile } from './profile.js';
import { BASELINE_ACTORS, CITY_SIZE_ORDER, CITY_SIZES, DISTRICT_TYPES, POPULATION_TRAITS, RESOURCES, type Choice } from './vocabulary.js';

export interface Why {
  zh: string;
  en: string;
}

export interface PlannerContext {
  profile: Profile;
  stated: ReadonlySet<string>;
  /** The stated and implied problems' records. */
  problemNodes: ReadonlyMap<string, NodeRecord>;
  /** Problems the population or district type bring (and not stated), with the choice that brings each. */
  implied: ReadonlyMap<string, Why>;
  /** For each stated or implied problem, the problems the graph relates to it (RELATED_TO or CAUSES, either way). */
  related: ReadonlyMap<string, ReadonlySet<string>>;
  /** Actors present in the district, with the reason. */
  available: ReadonlyMap<string, Why>;
  resources: ReadonlySet<PlannerResource>;
  /** Position of the city's size class in CITY_SIZE_ORDER, or null when not given. */
  sizeIndex: number | null;
  /** Entities that mark a case as set in a district of the profile's type. */
  districtMarks: ReadonlySet<string>;
}

const why = (c: Choice): Why => ({ zh: c.labelZh, en: c.labelEn });
const BASELINE: Choice = { labelZh: '每个城市社区都有', labelEn: 'every urban community has it', explanationZh: '', explanationEn: '', actors: BASELINE_ACTORS };

/** The choice's actors and their parts (HAS_PART), at any depth. */
export function actorsOfChoice(snapshot: GraphSnapshot, choice: Choice): string[] {
  const found = [...(choice.actors ?? [])];
  for (let i = 0; i < found.length; i++) for (const e of snapshot.out(found[i], 'HAS_PART')) if (!found.includes(e.to)) found.push(e.to);
  return found;
}

/** The problems a choice brings: its own, and (for population traits) every problem that AFFECTS its actors. */
export function problemsOfChoice(snapshot: GraphSnapshot, choice: Choice, affecting: boolean): string[] {
  const own = choice.problems ?? [];
  if (!affecting) return [...own];
  const more = actorsOfChoice(snapshot, choice).flatMap((a) => snapshot.in(a, 'AFFECTS').map((e) => e.from)).sort();
  return [...new Set([...own, ...more])];
}

function availableActors(snapshot: GraphSnapshot, profile: Profile): Map<string, Why> {
  const available = new Map<string, Why>();
  const add = (choice: Choice) => {
    for (const a of actorsOfChoice(snapshot, choice)) if (!available.has(a)) available.set(a, why(choice));
  };
  add(BASELINE);
  for (const r of profile.resources) add(RESOURCES[r]);
  if (profile.districtType) add(DISTRICT_TYPES[profile.districtType]);
  for (const t of profile.population) add(POPULATION_TRAITS[t]);
  return available;
}

function impliedProblems(snapshot: GraphSnapshot, profile: Profile): Map<string, Why> {
  const implied = new Map<string, Why>();
  const add = (ids: readonly string[], reason: Why) => {
    for (const id of ids) if (!profile.problems.includes(id) && !implied.has(id) && snapshot.node(id)?.type === 'Problem') implied.set(id, reason);
  };
  for (const t of profile.population) add(problemsOfChoice(snapshot, POPULATION_TRAITS[t], true), why(POPULATION_TRAITS[t]));
  if (profile.districtType) add(problemsOfChoice(snapshot, DISTRICT_TYPES[profile.districtType], false), why(DISTRICT_TYPES[profile.districtType]));
  return implied;
}

function relatedProblems(snapshot: GraphSnapshot, problems: readonly string[]): Map<string, Set<string>> {
  const related = new Map<string, Set<string>>();
  for (const p of problems) {
    const ids = new Set<string>();
    for (const rel of ['RELATED_TO', 'CAUSES'] as const) {
      for (const e of snapshot.out(p, rel)) ids.add(e.to);
      for (const e of snapshot.in(p, rel)) ids.add(e.from);
    }
    ids.delete(p);
    related.set(p, new Set([...ids].filter((id) => snapshot.node(id)?.type === 'Problem')));
  }
  return related;
}

function districtMarks(profile: Profile): Set<string> {
  if (!profile.districtType) return new Set();
  const d = DISTRICT_TYPES[profile.districtType];
  return new Set([...(d.actors ?? []), ...(d.mechanisms ?? []), ...(d.problems ?? []), ...(d.marks ?? [])]);
}

export function plannerContext(snapshot: GraphSnapshot, profile: Profile): PlannerContext {
  const implied = impliedProblems(snapshot, profile);
  const considered = [...profile.problems, ...implied.keys()];
  return {
    profile,
    stated: new Set(profile.problems),
    problemNodes: new Map(considered.flatMap((id) => { const n = snapshot.node(id); return n ? [[id, n] as const] : []; })),
    implied,
    related: relatedProblems(snapshot, considered),
    available: availableActors(snapshot, profile),
    resources: new Set(profile.resources),
    sizeIndex: profile.citySize ? CITY_SIZE_ORDER.indexOf(profile.citySize) : null,
    districtMarks: districtMarks(profile),
  };
}

/** Position of a graph City's size class in CITY_SIZE_ORDER, or null when it has none. */
export function sizeIndexOf(city: NodeRecord): number | null {
  const i = CITY_SIZE_ORDER.findIndex((k) => CITY_SIZES[k].sizeClass === city.props.sizeClass);
  return i < 0 ? null : i;
}
