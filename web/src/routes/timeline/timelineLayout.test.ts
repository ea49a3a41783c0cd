import { describe, expect, it } from 'vitest';
import { layoutTimeline, tickYears } from './timelineLayout';

const options = { lanes: ['Policy', 'Case'], width: 100, rowHeight: 10, laneGap: 5, gap: 1 };

describe('layoutTimeline', () => {
  it('places years proportionally, periods as bars and single years as dots', () => {
    const l = layoutTimeline(
      [
        { id: 'a', lane: 'Case', yearFrom: 2010, yearTo: 2014 },
        { id: 'b', lane: 'Case', yearFrom: 2019, yearTo: null },
      ],
      options,
    );
    expect(l.from).toBe(2010);
    expect(l.to).toBe(2019);
    const [a, b] = l.marks;
    expect(a).toMatchObject({ id: 'a', x: 0, width: 50, shape: 'bar', y: 0 });
    expect(b).toMatchObject({ id: 'b', shape: 'dot', y: 0 });
    expect(b.x + b.width / 2).toBeCloseTo(95);
  });

  it('stacks overlapping events in new rows and keeps lanes apart, skipping empty lanes', () => {
    const l = layoutTimeline(
      [
        { id: 'p', lane: 'Policy', yearFrom: 2000, yearTo: null },
        { id: 'c1', lane: 'Case', yearFrom: 2000, yearTo: 2009 },
        { id: 'c2', lane: 'Case', yearFrom: 2005, yearTo: 2006 },
        { id: 'c3', lane: 'Case', yearFrom: 2008, yearTo: 2009 },
      ],
      { ...options, lanes: ['Program', 'Policy', 'Case'] },
    );
    expect(l.lanes).toEqual([
      { key: 'Policy', y: 0, height: 10, count: 1 },
      { key: 'Case', y: 15, height: 20, count: 3 },
    ]);
    const rowOf = (id: string) => (l.marks.find((m) => m.id === id)!.y - 15) / 10;
    expect([rowOf('c1'), rowOf('c2'), rowOf('c3')]).toEqual([0, 1, 1]);
    expect(l.height).toBe(35);
  });
});

describe('tickYears', () => {
  it('chooses a round step that gives about ten ticks', () => {
    expect(tickYears(2011, 2019)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(tickYears(1944, 2024)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
  });
});
