/**
 * A chart view drawn with Observable Plot: bars (stacked where a category has several series), labelled axes,
 * the view's colours, a tooltip with bilingual details, and an aria-label on every bar. Browser only.
 */
import * as Plot from '@observablehq/plot';
import { FONT_STACK, textWidth } from '../../lib/charts/figureLayout';
import type { ChartLabels } from './chartLabels';
import { shorten, type ChartRow, type ChartView } from './chartView';
import '../../lib/i18n/messages/dashboard';

const FONT_SIZE = 13;
const ROW = 26;
/** Longest axis label, in ems, before it is shortened (the tooltip and table give it in full). */
const LABEL_EM = 14;

export type PlotFigure = (SVGSVGElement | HTMLElement) & { value?: ChartRow | null };

/**
 * Plot names its mark groups and bars with aria-label but gives them no role, which ARIA does not allow on plain
 * SVG elements; groups become `group` and bars `graphics-symbol`, so screen readers announce each bar's label.
 */
function giveRoles(svg: Element): void {
  for (const el of svg.querySelectorAll('[aria-label]:not([role])')) el.setAttribute('role', el.tagName.toLowerCase() === 'g' ? 'group' : 'graphics-symbol');
}

export function plotChart(view: ChartView, width: number, L: ChartLabels): PlotFigure {
  const figure = drawChart(view, width, L);
  giveRoles(figure);
  // The tooltip is drawn anew as the pointer moves (Plot then dispatches "input"); name its role each time too.
  figure.addEventListener('input', () => giveRoles(figure));
  return figure;
}

function drawChart(view: ChartView, width: number, L: ChartLabels): PlotFigure {
  const horizontal = view.orientation === 'horizontal';
  const labels = new Map(view.categories.map((c) => [c.key, shorten(c.label, LABEL_EM)]));
  const tick = (key: string) => labels.get(key) ?? key;
  const longest = Math.max(0, ...[...labels.values()].map((l) => textWidth(l, FONT_SIZE)));
  const manyTicks = !horizontal && view.categories.length * 44 > width;
  const hideSeries = view.legend.length <= 1 || view.rows.every((r) => r.series === r.category);
  // Hover details: both names, the series when it is not just the category again, the value, the first entities.
  const channels: Record<string, (r: ChartRow) => string | null> = {
    [L.t('dashboard.tip.name')]: (r) => r.label,
    [L.t('dashboard.tip.other')]: (r) => r.otherLabel || null,
    ...(hideSeries ? {} : { [L.t('dashboard.tip.series')]: (r: ChartRow) => r.seriesLabel }),
    [view.valueLabel]: (r) => r.valueText,
    [L.t('dashboard.tip.entities')]: (r) => r.preview || null,
  };
  const bar = {
    fill: 'series',
    stroke: '#17202c',
    strokeOpacity: 0.45,
    strokeWidth: 0.75,
    channels,
    tip: { fontFamily: FONT_STACK, fontSize: FONT_SIZE, lineWidth: 28, format: { x: false, x1: false, x2: false, y: false, y1: false, y2: false, fill: false } },
    ariaLabel: (r: ChartRow) => `${r.label}${hideSeries ? '' : ` · ${r.seriesLabel}`}: ${r.valueText}`,
  };
  const categoryAxis = { label: view.categoryLabel, domain: view.categories.map((c) => c.key), tickFormat: tick, labelAnchor: 'center' as const };
  // Counts get whole-number ticks only: at most one tick per unit of the longest bar.
  const totals = new Map<string, number>();
  for (const r of view.rows) totals.set(r.category, (totals.get(r.category) ?? 0) + r.value);
  const counts = view.rows.every((r) => Number.isInteger(r.value));
  const valueAxis = {
    label: view.valueLabel,
    grid: true,
    labelAnchor: 'center' as const,
    nice: true,
    ...(counts ? { ticks: Math.max(1, Math.min(10, Math.max(0, ...totals.values()))), tickFormat: (v: number) => (Number.isInteger(v) ? L.number(v) : '') } : {}),
  };
  return Plot.plot({
    width,
    height: horizontal ? view.categories.length * ROW + 70 : 340 + (manyTicks ? 30 : 0),
    // Room for the tick labels plus the rotated axis label beside them.
    marginLeft: horizontal ? Math.min(300, Math.ceil(longest) + 44) : 60,
    marginBottom: horizontal ? 44 : manyTicks ? 74 : 44,
    marginRight: 28,
    style: { fontFamily: FONT_STACK, fontSize: `${FONT_SIZE}px`, color: '#17202c', background: '#ffffff' },
    ariaLabel: view.title,
    ariaDescription: view.description,
    x: horizontal ? valueAxis : { ...categoryAxis, tickRotate: manyTicks ? -45 : 0, padding: 0.15 },
    y: horizontal ? { ...categoryAxis, padding: 0.2 } : valueAxis,
    color: { type: 'categorical', domain: view.legend.map((l) => l.key), range: view.legend.map((l) => l.colour) },
    marks: horizontal
      ? [Plot.barX(view.rows, { ...bar, x: 'value', y: 'category' }), Plot.ruleX([0], { stroke: '#17202c' })]
      : [Plot.barY(view.rows, { ...bar, x: 'category', y: 'value' }), Plot.ruleY([0], { stroke: '#17202c' })],
  }) as PlotFigure;
}
