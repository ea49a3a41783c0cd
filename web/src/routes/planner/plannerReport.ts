/** The planner's results as a Markdown report: the profile, then each mechanism's score, breakdown, evidence and cautions. */
import type { PlannerFormQuery, PlannerResultsQuery } from '$lib/generated/graphql';
import type { MessageKey, Params } from '$lib/i18n/translate';
import type { Profile } from './plannerParams';
import '../../lib/i18n/messages/planner';

export type Options = PlannerFormQuery['plannerOptions'];
export type Ranking = PlannerResultsQuery['recommendMechanisms'];
export type Result = Ranking['results'][number];
type Text = (zh: string | null | undefined, en: string | null | undefined) => string;
type T = (key: MessageKey, params?: Params) => string;

interface Named {
  nameZh: string;
  nameEn: string;
}
interface Labelled {
  labelZh: string;
  labelEn: string;
}

const src = (sources: readonly { doc: string; locator: string }[]) => sources.map((s) => `${s.doc} § ${s.locator}`).join('; ');
/** A table cell: pipes escaped, so a label cannot break the table. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** Numbers as the report prints them: at most two decimals, no trailing zeros. */
export const points = (n: number) => String(Math.round(n * 100) / 100);

/** The profile's choices in words, one line per field. */
export function profileLines(profile: Profile, options: Options, text: Text, t: T): [string, string][] {
  const label = (list: readonly ({ value: string } & Labelled)[], v: string | null) => {
    const o = list.find((x) => x.value === v);
    return o ? text(o.labelZh, o.labelEn) : t('planner.notSpecified');
  };
  const sep = text('、', ', ');
  const labels = (list: readonly ({ value: string } & Labelled)[], vs: readonly string[]) => (vs.length > 0 ? vs.map((v) => label(list, v)).join(sep) : t('planner.none'));
  const problem = (id: string) => {
    const p = options.problems.find((x) => x.problem.id === id)?.problem;
    return p ? text(p.nameZh, p.nameEn) : id;
  };
  return [
    [t('planner.citySize'), label(options.citySizes, profile.citySize)],
    [t('planner.districtType'), label(options.districtTypes, profile.districtType)],
    [t('planner.population'), labels(options.populationTraits, profile.population)],
    // Problem names may hold a 、 themselves, so they are set apart more strongly.
    [t('planner.problems'), profile.problems.length > 0 ? profile.problems.map(problem).join(text('；', '; ')) : t('planner.none')],
    [t('planner.resources'), labels(options.resources, profile.resources)],
  ];
}

const name = (text: Text, e: Named | null | undefined) => (e ? text(e.nameZh, e.nameEn) : '');

function resultMarkdown(r: Result, options: Options, text: Text, t: T): string[] {
  const out = [`### ${r.rank}. ${name(text, r.mechanism)} — ${t('planner.points', { points: points(r.score) })}`, ''];
  if (r.partOf.length > 0) out.push(`${t('planner.partOf')} ${r.partOf.map((p) => name(text, p)).join(text('、', ', '))}`, '');
  out.push(`| ${t('planner.part')} | ${t('planner.partPoints')} | |`, '| --- | ---: | --- |');
  for (const p of r.parts) {
    const rule = options.scoring.find((s) => s.part === p.part);
    const max = p.max === null ? t('planner.noMax') : t('planner.max', { max: points(p.max) });
    out.push(`| ${cell(rule ? text(rule.labelZh, rule.labelEn) : p.part)} | ${points(p.score)} | ${cell(`${max}${text('；', '; ')}${text(p.summaryZh, p.summaryEn)}`)} |`);
  }
  out.push('');
  for (const p of r.parts) {
    const rule = options.scoring.find((s) => s.part === p.part);
    for (const c of p.contributions) {
      out.push(`- ${rule ? text(rule.labelZh, rule.labelEn) : p.part} · ${text(c.labelZh, c.labelEn)}: +${points(c.points)} — ${text(c.reasonZh, c.reasonEn)}${c.sources.length > 0 ? ` (${src(c.sources)})` : ''}`);
    }
  }
  out.push('', `#### ${t('planner.evidence')}`, '');
  if (r.evidence.length === 0) out.push(t('planner.noEvidence'));
  for (const e of r.evidence) {
    const where = [name(text, e.place), name(text, e.city)].filter(Boolean).join(', ');
    const why = [e.sameSize ? t('planner.sameSize') : '', e.districtMatch ? t('planner.districtMatch') : ''].filter(Boolean).join(', ');
    out.push(`- ${e.case ? name(text, e.case) : t('planner.placeOnly')} — ${where}: +${points(e.points)}${why ? ` (${why})` : ''}${e.sources.length > 0 ? `; ${src(e.sources)}` : ''}`);
  }
  if (r.evidenceCount > r.evidence.length) out.push(`- … ${t('planner.evidenceCount', { shown: r.evidence.length, total: r.evidenceCount })}`);
  out.push('', `#### ${t('planner.cautions')}`, '');
  if (r.cautions.length === 0) out.push(t('planner.noCautions'));
  for (const c of r.cautions) out.push(`- **${t(`planner.caution.${c.kind}`)}**: ${text(c.noteZh, c.noteEn)}${c.sources.length > 0 ? ` (${src(c.sources)})` : ''}`);
  out.push('');
  return out;
}

export function plannerMarkdown(ranking: Ranking, profile: Profile, options: Options, text: Text, t: T, meta: { link: string; date: string }): string {
  const out = [`# ${t('planner.reportTitle')}`, '', `${t('planner.reportDate', { date: meta.date })} · ${meta.link}`, '', `## ${t('planner.profile')}`, ''];
  for (const [field, value] of profileLines(profile, options, text, t)) out.push(`- ${field}: ${value}`);
  out.push('', `## ${t('planner.howScored')}`, '');
  for (const s of options.scoring) out.push(`- **${text(s.labelZh, s.labelEn)}**: ${text(s.explanationZh, s.explanationEn)}`);
  out.push('', `## ${t('planner.results')}`, '', t('planner.resultsCount', { total: ranking.totalCount, shown: ranking.results.length }), '');
  for (const r of ranking.results) out.push(...resultMarkdown(r, options, text, t));
  out.push(`> ${t('planner.disclaimer')}`, '');
  return out.join('\n');
}
