/**
 * What each dashboard chart shows, as plain data: rows (one per bar or bar segment) with their labels in the
 * reader's language, the category order, the legend and the axis labels. Pure, so it is unit-tested; plotChart.ts
 * turns a view into an Observable Plot figure.
 */
import type { DashboardPageQuery } from '../../lib/generated/graphql';
import { typeStyle } from '../../lib/graph/palette';
import { isEntityType } from '../../lib/graph/entityTypes';
import { DIMENSIONS_ORDER } from '../../lib/charts/dimensions';
import { batchColour, dimensionColour, NONE_COLOUR, sectorColour, seriesColour, UNCLASSIFIED_COLOUR } from '../../lib/charts/palette';
import type { ChartLabels } from './chartLabels';
import '../../lib/i18n/messages/dashboard';

export type Dashboard = Omit<DashboardPageQuery['dashboard'], '__typename'>;
export type Mark = Dashboard['entitiesByType'][number];
export type ChartId = keyof Dashboard;

export const CHART_IDS: readonly ChartId[] = [
  'entitiesByType',
  'mechanismsByDimension',
  'zonesByBatch',
  'casesBySizeClass',
  'zonesByProvince',
  'publicationsByYear',
  'publicationsByVenue',
  'centralMechanisms',
  'centralActors',
  'problemsByMechanisms',
];

export interface ChartRow {
  /** Unique per category (an id or a code); the axis shows `shortLabel`. */
  category: string;
  label: string;
  /** The label in the other language, when it differs (hover details are bilingual). */
  otherLabel: string;
  series: string;
  seriesLabel: string;
  value: number;
  valueText: string;
  /** Names of the first entities behind the mark, for hover details. */
  preview: string;
  mark: Mark;
}

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
}

export interface ChartView {
  id: ChartId;
  title: string;
  otherTitle: string;
  description: string;
  orientation: 'horizontal' | 'vertical';
  valueLabel: string;
  categoryLabel: string;
  rows: ChartRow[];
  /** Categories in axis order, with the label each shows. */
  categories: { key: string; label: string }[];
  legend: LegendItem[];
  note: string | null;
  /** What a click on a mark opens: the entity itself (one id), or the list of entities behind it. */
  opens: 'entity' | 'list';
}

const NONE = 'none';

interface ChartSpec {
  orientation: 'horizontal' | 'vertical';
  format: 'count' | 'score';
  opens: 'entity' | 'list';
  /** Category label, in a language. */
  label: (m: Mark, L: ChartLabels, lang: 'mine' | 'other') => string;
  /** The series a mark belongs to (its colour), and that series' label and colour. */
  series: (m: Mark) => string;
  seriesLabel: (key: string, L: ChartLabels) => string;
  colour: (key: string, index: number) => string;
  /** Legend order (the model's order of the values); series not listed follow in the order met. */
  order?: readonly string[];
  /** Marks drawn; the others are reported in the note (and kept in the CSV and table). */
  drawn?: (m: Mark) => boolean;
  note?: (hidden: Mark[], L: ChartLabels) => string | null;
}

const byLabel = (m: Mark, L: ChartLabels, lang: 'mine' | 'other') => (lang === 'mine' ? L.text(m.labelZh, m.labelEn) : L.otherText(m.labelZh, m.labelEn));
const batchLabel = (key: string, L: ChartLabels) => (key === NONE ? L.t('dashboard.none.batch') : L.t('dashboard.batch', { batch: key }));
const kindLabel = (key: string, L: ChartLabels) => (key === NONE ? L.t('dashboard.none.kind') : L.enumValue('pubKind', key));
const dimensionLabel = (key: string, L: ChartLabels) => (key === NONE ? L.t('dashboard.none.dimension') : L.enumValue('dimension', key));
const KINDS = ['article', 'book', 'chapter', 'thesis', 'report', 'speech', 'newspaper', 'webpage', 'dataset', 'conference'];
const DIMENSION_ORDER = [...DIMENSIONS_ORDER, NONE];
const BATCH_ORDER = ['1', '2', '3', '4', NONE];
const SECTOR_ORDER = ['party', 'government', 'self-governing', 'social', 'market', 'group', NONE];
const SIZE_ORDER = ['super-large', 'megacity', 'large-I', 'large-II', 'medium', 'small-I', 'small-II', 'unclassified', NONE];
const kindColour = (key: string) => seriesColour(KINDS.indexOf(key));

const SPECS: Readonly<Record<ChartId, ChartSpec>> = {
  entitiesByType: {
    orientation: 'horizontal', format: 'count', opens: 'list',
    label: (m, L, lang) => (isEntityType(m.key) ? (lang === 'mine' ? L.t(`types.${m.key}`) : L.tOther(`types.${m.key}`)) : m.key),
    series: (m) => m.key,
    seriesLabel: (key, L) => (isEntityType(key) ? L.t(`types.${key}`) : key),
    colour: (key) => (isEntityType(key) ? typeStyle(key).colour : NONE_COLOUR),
  },
  mechanismsByDimension: {
    orientation: 'horizontal', format: 'count', opens: 'list',
    label: (m, L, lang) => (lang === 'mine' ? dimensionLabel(m.key, L) : dimensionLabel(m.key, L.other)),
    series: (m) => m.key,
    seriesLabel: dimensionLabel,
    colour: dimensionColour,
    order: DIMENSION_ORDER,
    drawn: (m) => m.key !== NONE,
    note: (hidden, L) => (hidden.length ? L.t('dashboard.note.unfiled', { count: L.number(hidden[0].value) }) : null),
  },
  zonesByBatch: {
    orientation: 'vertical', format: 'count', opens: 'list',
    label: (m, L, lang) => batchLabel(m.key, lang === 'mine' ? L : L.other),
    series: (m) => m.key,
    seriesLabel: batchLabel,
    colour: batchColour,
    order: BATCH_ORDER,
    note: (_, L) => L.t('dashboard.note.batch2'),
  },
  casesBySizeClass: {
    orientation: 'horizontal', format: 'count', opens: 'list',
    label: (m, L, lang) => sizeLabel(m.key, lang === 'mine' ? L : L.other),
    series: (m) => m.key,
    seriesLabel: (key, L) => sizeLabel(key, L),
    colour: (key) => (key === NONE ? NONE_COLOUR : key === 'unclassified' ? UNCLASSIFIED_COLOUR : seriesColour(SIZE_ORDER.indexOf(key))),
    order: SIZE_ORDER,
  },
  zonesByProvince: {
    orientation: 'horizontal', format: 'count', opens: 'list', label: byLabel,
    series: (m) => m.group ?? NONE,
    seriesLabel: batchLabel,
    colour: batchColour,
    order: BATCH_ORDER,
  },
  publicationsByYear: {
    orientation: 'vertical', format: 'count', opens: 'list', label: (m) => m.key,
    series: (m) => m.group ?? NONE,
    seriesLabel: kindLabel,
    colour: kindColour,
    order: [...KINDS, NONE],
  },
  publicationsByVenue: {
    orientation: 'horizontal', format: 'count', opens: 'list', label: byLabel,
    series: (m) => m.group ?? NONE,
    seriesLabel: kindLabel,
    colour: kindColour,
    order: [...KINDS, NONE],
  },
  centralMechanisms: {
    orientation: 'horizontal', format: 'score', opens: 'entity', label: byLabel,
    series: (m) => m.group ?? NONE,
    seriesLabel: dimensionLabel,
    colour: dimensionColour,
    order: DIMENSION_ORDER,
  },
  centralActors: {
    orientation: 'horizontal', format: 'score', opens: 'entity', label: byLabel,
    series: (m) => m.group ?? NONE,
    seriesLabel: (key, L) => (key === NONE ? L.t('dashboard.none.sector') : L.enumValue('sector', key)),
    colour: sectorColour,
    order: SECTOR_ORDER,
  },
  problemsByMechanisms: {
    orientation: 'horizontal', format: 'count', opens: 'list', label: byLabel,
    series: () => 'mechanisms',
    seriesLabel: (_, L) => L.t('dashboard.legend.addressing'),
    colour: () => '#882255',
  },
};

function sizeLabel(key: string, L: ChartLabels): string {
  if (key === NONE) return L.t('dashboard.none.city');
  if (key === 'unclassified') return L.t('dashboard.none.sizeClass');
  return L.enumValue('sizeClass', key);
}

/** The chart's text in a catalogue; keys are built from the chart id (see the dashboard block of zh.ts). */
function chartText(id: ChartId, L: ChartLabels) {
  return {
    title: L.t(`dashboard.${id}.title`),
    otherTitle: L.tOther(`dashboard.${id}.title`),
    description: L.t(`dashboard.${id}.desc`),
    valueLabel: L.t(`dashboard.${id}.value`),
    categoryLabel: L.t(`dashboard.${id}.category`),
  };
}

export function chartView(id: ChartId, marks: readonly Mark[], L: ChartLabels): ChartView {
  const spec = SPECS[id];
  const drawn = marks.filter((m) => spec.drawn?.(m) ?? true);
  const hidden = marks.filter((m) => !drawn.includes(m));
  const rank = (key: string) => (spec.order?.includes(key) ? spec.order.indexOf(key) : Number.MAX_SAFE_INTEGER);
  const seriesKeys = [...new Set(drawn.map(spec.series))].map((key, i) => ({ key, i })).sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i).map((s) => s.key);
  const legend = seriesKeys.map((key, i) => ({ key, label: spec.seriesLabel(key, L), colour: spec.colour(key, i) }));
  const rows = drawn.map((m): ChartRow => {
    const label = spec.label(m, L, 'mine');
    const other = spec.label(m, L, 'other');
    const series = spec.series(m);
    const names = m.entities.slice(0, 5).map((e) => L.text(e.nameZh, e.nameEn));
    return {
      category: m.key,
      label,
      otherLabel: other !== label ? other : '',
      series,
      seriesLabel: spec.seriesLabel(series, L),
      value: m.value,
      valueText: spec.format === 'score' ? m.value.toFixed(4) : L.number(m.value),
      preview: names.join(L.listSeparator) + (m.ids.length > names.length ? L.t('dashboard.andMore', { count: L.number(m.ids.length - names.length) }) : ''),
      mark: m,
    };
  });
  const categories = [...new Map(rows.map((r) => [r.category, r.label])).entries()].map(([key, label]) => ({ key, label }));
  return { id, ...chartText(id, L), orientation: spec.orientation, rows, categories, legend, note: spec.note?.(hidden, L) ?? null, opens: spec.opens };
}

/** The CSV of a chart: every mark, hidden ones too, with the entity ids behind it. */
export function chartCsvRows(view: ChartView, marks: readonly Mark[], L: ChartLabels): { header: string[]; rows: (string | number)[][] } {
  const spec = SPECS[view.id];
  return {
    header: [L.t('dashboard.csv.key'), view.categoryLabel, L.t('dashboard.csv.series'), view.valueLabel, L.t('dashboard.csv.ids')],
    rows: marks.map((m) => [m.key, spec.label(m, L, 'mine'), spec.seriesLabel(spec.series(m), L), m.value, m.ids.join(' ')]),
  };
}

/** Shortens an axis label to about `maxEm` ems (CJK characters one em, others about 0.6), ending it with "…". */
export function shorten(label: string, maxEm: number): string {
  let em = 0;
  let out = '';
  for (const ch of label) {
    em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
    if (em > maxEm) {
      // Latin text is cut at the last word boundary when there is one in the last part.
      const space = out.lastIndexOf(' ');
      return `${(space > out.length * 0.6 ? out.slice(0, space) : out).trimEnd()}…`;
    }
    out += ch;
  }
  return out;
}
