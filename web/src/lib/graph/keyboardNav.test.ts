import { describe, expect, it } from 'vitest';
import { nearestTo, nextInDirection } from './keyboardNav';

const nodes = [
  { id: 'a', position: { x: 0, y: 0 } },
  { id: 'right-near', position: { x: 50, y: 10 } },
  { id: 'right-far', position: { x: 200, y: 0 } },
  { id: 'up', position: { x: 5, y: -80 } },
  { id: 'diagonal', position: { x: 40, y: 60 } },
];

describe('nextInDirection', () => {
  it('moves to the nearest node ahead in the arrow’s direction', () => {
    const others = nodes.slice(1);
    expect(nextInDirection({ x: 0, y: 0 }, others, 'right')).toBe('right-near');
    expect(nextInDirection({ x: 0, y: 0 }, others, 'up')).toBe('up');
    expect(nextInDirection({ x: 0, y: 0 }, others, 'down')).toBe('diagonal');
  });

  it('returns nothing at the edge of the drawing', () => {
    expect(nextInDirection({ x: 0, y: 0 }, nodes.slice(1), 'left')).toBeUndefined();
  });
});

describe('nearestTo', () => {
  it('starts at the node nearest the point', () => {
    expect(nearestTo({ x: 190, y: 5 }, nodes)).toBe('right-far');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeUndefined();
  });
});
