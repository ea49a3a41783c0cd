import { describe, expect, it } from 'vitest';
import { readTimelineParams, shownTypes, timelineSearch } from './timelineParams';

describe('timeline parameters', () => {
  it('keeps known types in lane order and orders a reversed range', () => {
    const p = readTimelineParams(new URLSearchParams('type=Case&type=Spaceship&type=Policy&from=2020&to=1990'));
    expect(p).toEqual({ types: ['Policy', 'Case'], from: 1990, to: 2020 });
    expect(readTimelineParams(new URLSearchParams(timelineSearch(p)))).toEqual(p);
  });

  it('shows every type when none is chosen', () => {
    expect(shownTypes(readTimelineParams(new URLSearchParams('')))).toEqual(['Policy', 'Program', 'GovernanceModel', 'Case', 'Publication']);
  });
});
