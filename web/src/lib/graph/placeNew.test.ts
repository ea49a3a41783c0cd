import { describe, expect, it } from 'vitest';
import { angleOf, placeNew } from './placeNew';

describe('placeNew', () => {
  it('places a new node on a circle around the drawn neighbours it connects to', () => {
    const known = new Map([['hub', { x: 100, y: 100 }]]);
    const placed = placeNew(['leaf'], known, () => ['hub'], 50);
    const p = placed.get('leaf')!;
    expect(Math.hypot(p.x - 100, p.y - 100)).toBeCloseTo(50, 0);
  });

  it('places the same id the same way every time', () => {
    const known = new Map([['hub', { x: 0, y: 0 }]]);
    expect(placeNew(['x'], known, () => ['hub'])).toEqual(placeNew(['x'], known, () => ['hub']));
    expect(angleOf('a')).not.toBe(angleOf('b'));
  });

  it('falls back to the centre of the drawing for a node with no drawn neighbour', () => {
    const known = new Map([['a', { x: 0, y: 0 }], ['b', { x: 200, y: 0 }]]);
    const p = placeNew(['lonely'], known, () => [], 0).get('lonely');
    expect(p).toEqual({ x: 100, y: 0 });
  });
});
