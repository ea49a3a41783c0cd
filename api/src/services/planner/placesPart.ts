/**
 * PLACES: each case or place that applied the mechanism earns points for being like the district: a city of the
 * same size class, or of the next class up or down, and (cases only) a setting linked to the marks of the
 * profile's district type. The part is held to its ceiling; every application is kept as evidence, scored.
 */
import { compareIds } from '../compareIds.js';
import type { NodeRecord } from '../../../../graph-schema/records.js';
import { sizeIndexOf, type PlannerContext } from './plannerContext.js';
import { SCORE_RULES, toHundredths, WEIGHTS } from './scoreRules.js';
import { CITY_SIZES } from './vocabulary.js';
import type { Application, Candidate, Contribution, ScoredApplication, ScorePartResult } from './types.js';

const W = WEIGHTS.places;
const KIND_ORDER: Record<Application['kind'], number> = { case: 0, place: 1, origin: 2 };
const text = (n: NodeRecord | null, field: string) => String(n?.props[field] ?? n?.id ?? '');

function sizePoints(city: NodeRecord, ctx: PlannerContext): number {
  const s = sizeIndexOf(city);
  if (ctx.sizeIndex === null || s === null) return 0;
  const distance = Math.abs(s - ctx.sizeIndex);
  return distance === 0 ? W.sameSize : distance === 1 ? W.similarSize : 0;
}

/** The application's best-matching city stands for it (a case may lie in two); the first of equals. */
function bestCity(a: Application, ctx: PlannerContext): { city: NodeRecord | null; size: number } {
  let city: NodeRecord | null = null;
  let size = 0;
  for (const c of a.cities) {
    const points = sizePoints(c, ctx);
    if (city === null || points > size) (city = c), (size = points);
  }
  return { city, size };
}

function districtMatchOf(a: Application, ctx: PlannerContext): boolean {
  if (a.kind !== 'case' || ctx.districtMarks.size === 0) return false;
  for (const id of a.linked) if (ctx.districtMarks.has(id)) return true;
  return false;
}

const pointsOf = (size: number, districtMatch: boolean) => size + (districtMatch ? W.district : 0);

export function scoreApplication(a: Application, ctx: PlannerContext): ScoredApplication {
  const { city, size } = bestCity(a, ctx);
  const districtMatch = districtMatchOf(a, ctx);
  return { ...a, city, sameSize: size === W.sameSize, districtMatch, points: pointsOf(size, districtMatch) };
}

/** The part's points alone (in hundredths), as placesPart counts them: the ranking scores every candidate with it. */
export function placesHundredths(candidate: Candidate, ctx: PlannerContext): number {
  let raw = 0;
  for (const a of candidate.applications) {
    const points = pointsOf(bestCity(a, ctx).size, districtMatchOf(a, ctx));
    if (points > 0) raw += toHundredths(points);
  }
  return Math.min(raw, toHundredths(W.max));
}

/** "Jinan (megacity)" in both languages, the size class as the vocabulary names it. */
function cityLabel(city: NodeRecord | null): { zh: string; en: string } {
  if (!city) return { zh: '', en: '' };
  const size = Object.values(CITY_SIZES).find((c) => c.sizeClass === city.props.sizeClass);
  return { zh: `${text(city, 'nameZh')}（${size?.labelZh ?? '规模不详'}）`, en: `${text(city, 'nameEn')} (${size?.labelEn ?? 'size unknown'})` };
}

function contribution(a: ScoredApplication): Contribution {
  const subject = a.case ?? a.place;
  const city = cityLabel(a.city);
  const sized = a.points - (a.districtMatch ? W.district : 0) > 0;
  const zh = [a.sameSize ? `同规模城市${city.zh}` : sized ? `相邻规模城市${city.zh}` : '', a.districtMatch ? '同类型社区' : ''].filter(Boolean);
  const en = [a.sameSize ? `a city of the same size, ${city.en}` : sized ? `a city one size class away, ${city.en}` : '', a.districtMatch ? 'a district of the same type' : ''].filter(Boolean);
  const origin = a.kind === 'origin';
  return {
    entity: subject,
    labelZh: text(subject, 'nameZh'),
    labelEn: text(subject, 'nameEn'),
    points: a.points,
    reasonZh: (origin ? '发源地：' : '') + zh.join('，'),
    reasonEn: (origin ? 'where it began: ' : '') + en.join(', '),
    sources: a.sources,
  };
}

export function placesPart(candidate: Candidate, ctx: PlannerContext): { part: ScorePartResult; evidence: ScoredApplication[] } {
  const evidence = candidate.applications
    .map((a) => scoreApplication(a, ctx))
    .sort((x, y) => y.points - x.points || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || compareIds((x.case ?? x.place)!.id, (y.case ?? y.place)!.id));
  const contributions = evidence.filter((a) => a.points > 0).map(contribution);
  const similar = contributions.length;
  return {
    evidence,
    part: {
      part: 'PLACES',
      hundredths: placesHundredths(candidate, ctx),
      max: SCORE_RULES.PLACES.max,
      summaryZh: `${evidence.length} 个应用过它的案例或地方中，${similar} 个与你的社区相似`,
      summaryEn: `${similar} of the ${evidence.length} cases and places that applied it are like your district`,
      contributions,
    },
  };
}
