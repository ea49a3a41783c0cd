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

export function scoreApplication(a: Application, ctx: PlannerContext): ScoredApplication {
  // The application's best-matching city stands for it (a case may lie in two).
  const ranked = a.cities.map((city) => ({ city, points: sizePoints(city, ctx) })).sort((x, y) => y.points - x.points);
  const city = ranked[0]?.city ?? null;
  const size = ranked[0]?.points ?? 0;
  const districtMatch = a.kind === 'case' && [...a.linked].some((id) => ctx.districtMarks.has(id));
  return { ...a, city, sameSize: size === W.sameSize, districtMatch, points: size + (districtMatch ? W.district : 0) };
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
  const raw = contributions.reduce((sum, c) => sum + toHundredths(c.points), 0);
  const similar = contributions.length;
  return {
    evidence,
    part: {
      part: 'PLACES',
      hundredths: Math.min(raw, toHundredths(W.max)),
      max: SCORE_RULES.PLACES.max,
      summaryZh: `${evidence.length} 个应用过它的案例或地方中，${similar} 个与你的社区相似`,
      summaryEn: `${similar} of the ${evidence.length} cases and places that applied it are like your district`,
      contributions,
    },
  };
}
