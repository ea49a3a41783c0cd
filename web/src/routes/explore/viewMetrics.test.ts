import { describe, expect, it } from 'vitest';
import { communitySlots, relativeSizes, visibleCommunities, type MetricValues } from './viewMetrics';

const m = (degree: number, pagerank: number, communityRank: number, betweenness: number | null = 0): MetricValues => ({ degree, pagerank, communityRank, betweenness });
const metrics = new Map([
  ['a', m(10, 0.02, 3)],
  ['b', m(5, 0.01, 0)],
  ['c', m(1, 0.005, 3, null)],
]);

describe('relativeSizes', () => {
  it('scales the chosen measure to the largest visible value', () => {
    expect(relativeSizes(['a', 'b', 'c'], metrics, 'degree')).toEqual({ a: 1, b: 0.5, c: 0.1 });
    expect(relativeSizes(['b', 'c'], metrics, 'pagerank')).toEqual({ b: 1, c: 0.5 });
    expect(relativeSizes(['a', 'c'], metrics, 'betweenness')).toEqual({ a: 0, c: 0 });
  });

  it('is empty when sizing is off and skips entities without metrics', () => {
    expect(relativeSizes(['a'], metrics, 'none')).toEqual({});
    expect(relativeSizes(['a', 'zz'], metrics, 'degree')).toEqual({ a: 1 });
  });
});

describe('visibleCommunities', () => {
  it('gives the first colour to the community with most visible members', () => {
    const cs = visibleCommunities(['a', 'b', 'c'], metrics);
    expect(cs).toEqual([
      { slot: 0, communityRank: 3, members: ['a', 'c'] },
      { slot: 1, communityRank: 0, members: ['b'] },
    ]);
    expect(communitySlots(cs)).toEqual({ a: 0, c: 0, b: 1 });
  });
});
