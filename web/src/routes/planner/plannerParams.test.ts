import { describe, expect, it } from 'vitest';
import { plannerSearch, readPlannerParams, type Profile, type Vocabulary } from './plannerParams';

const vocabulary: Vocabulary = {
  citySizes: [{ value: 'SUPER_LARGE' }, { value: 'MEGACITY' }],
  districtTypes: [{ value: 'OLD_NEIGHBOURHOOD' }, { value: 'MIXED' }],
  populationTraits: [{ value: 'AGEING' }, { value: 'MIGRANTS' }],
  resources: [{ value: 'COMMUNITY_FUNDS' }, { value: 'VOLUNTEERS' }],
  problems: [{ problem: { id: 'problem:a' } }, { problem: { id: 'problem:b' } }],
};
const defaults: Profile = { citySize: null, districtType: 'MIXED', population: [], problems: [], resources: ['VOLUNTEERS'] };
const read = (search: string) => readPlannerParams(new URLSearchParams(search), vocabulary, defaults);

describe('planner URL', () => {
  it('shows the default profile, unranked, until the form is sent', () => {
    expect(read('')).toEqual({ profile: defaults, run: false, n: 10 });
    expect(read('size=MEGACITY').run).toBe(false);
  });

  it('reads a sent profile, keeping only values the vocabulary knows, each once, in its order', () => {
    expect(read('run=1&size=MEGACITY&district=NOPE&pop=MIGRANTS&pop=AGEING&pop=X&problem=problem:b&problem=problem:zzz&problem=problem:b&res=VOLUNTEERS&res=COMMUNITY_FUNDS').profile).toEqual({
      citySize: 'MEGACITY',
      districtType: null,
      population: ['AGEING', 'MIGRANTS'],
      problems: ['problem:b'],
      resources: ['COMMUNITY_FUNDS', 'VOLUNTEERS'],
    });
    // A sent form with nothing ticked is an empty profile, not the defaults.
    expect(read('run=1').profile).toEqual({ citySize: null, districtType: null, population: [], problems: [], resources: [] });
  });

  it('shows 10 to 50 results in steps of 10', () => {
    expect(read('run=1&n=30').n).toBe(30);
    expect(read('run=1&n=999').n).toBe(50);
    expect(read('run=1&n=-4').n).toBe(10);
    expect(read('run=1&n=abc').n).toBe(10);
  });

  it('round-trips a profile through its link', () => {
    const p: Profile = { citySize: 'SUPER_LARGE', districtType: 'OLD_NEIGHBOURHOOD', population: ['AGEING'], problems: ['problem:a', 'problem:b'], resources: ['COMMUNITY_FUNDS'] };
    const search = plannerSearch(p, 20);
    expect(search).toBe('?size=SUPER_LARGE&district=OLD_NEIGHBOURHOOD&pop=AGEING&problem=problem:a&problem=problem:b&res=COMMUNITY_FUNDS&n=20&run=1');
    expect(read(search.slice(1))).toEqual({ profile: p, run: true, n: 20 });
  });
});
