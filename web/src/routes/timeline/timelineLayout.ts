/**
 * Where each event of the timeline is drawn: one lane per entity type, events packed into rows so that
 * overlapping periods never cover each other, x proportional to the year. Pure, so it is unit-tested.
 */

export interface TimelineItem {
  id: string;
  lane: string;
  yearFrom: number;
  yearTo: number | null;
}

export interface LayoutOptions {
  lanes: readonly string[];
  /** Drawing width of the year axis (the lane labels sit left of it). */
  width: number;
  rowHeight: number;
  /** Space between two lanes. */
  laneGap: number;
  /** Smallest horizontal gap between two events in one row. */
  gap: number;
}

export interface PlacedMark {
  id: string;
  x: number;
  y: number;
  width: number;
  /** A single year is a dot; a period is a bar. */
  shape: 'dot' | 'bar';
}

export interface PlacedLane {
  key: string;
  y: number;
  height: number;
  count: number;
}

export interface TimelineLayout {
  marks: PlacedMark[];
  lanes: PlacedLane[];
  ticks: { year: number; x: number }[];
  height: number;
  from: number;
  to: number;
}

const DOT = 12;

/** Tick years: every 1, 2, 5, 10, 20 or 50 years, whichever gives at most about ten ticks. */
export function tickYears(from: number, to: number): number[] {
  const span = Math.max(1, to - from);
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => span / s <= 10) ?? 100;
  const out: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to + 1; y += step) out.push(y);
  return out;
}

export function layoutTimeline(items: readonly TimelineItem[], o: LayoutOptions): TimelineLayout {
  const years = items.flatMap((i) => [i.yearFrom, i.yearTo ?? i.yearFrom]);
  const from = years.length ? Math.min(...years) : new Date().getFullYear() - 10;
  const to = years.length ? Math.max(...years) : new Date().getFullYear();
  // A year is a cell [year, year + 1): a period 2015–2018 covers four cells, a single year sits in the middle of one.
  const x = (year: number) => ((year - from) / (to + 1 - from)) * o.width;

  const marks: PlacedMark[] = [];
  const lanes: PlacedLane[] = [];
  let y = 0;
  for (const lane of o.lanes) {
    const inLane = items.filter((i) => i.lane === lane).sort((a, b) => a.yearFrom - b.yearFrom || (b.yearTo ?? b.yearFrom) - (a.yearTo ?? a.yearFrom) || a.id.localeCompare(b.id));
    if (inLane.length === 0) continue;
    const rowEnds: number[] = [];
    for (const item of inLane) {
      const period = item.yearTo !== null && item.yearTo > item.yearFrom;
      const left = period ? x(item.yearFrom) : x(item.yearFrom + 0.5) - DOT / 2;
      const width = period ? Math.max(DOT, x(item.yearTo! + 1) - x(item.yearFrom)) : DOT;
      let row = rowEnds.findIndex((end) => end + o.gap <= left);
      if (row < 0) row = rowEnds.push(-Infinity) - 1;
      rowEnds[row] = left + width;
      marks.push({ id: item.id, x: left, y: y + row * o.rowHeight, width, shape: period ? 'bar' : 'dot' });
    }
    const height = rowEnds.length * o.rowHeight;
    lanes.push({ key: lane, y, height, count: inLane.length });
    y += height + o.laneGap;
  }
  return { marks, lanes, ticks: tickYears(from, to).map((year) => ({ year, x: x(year) })), height: Math.max(0, y - o.laneGap), from, to };
}
