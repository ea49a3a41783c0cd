import { describe, expect, it } from 'vitest';
import { presentAction } from './presentKeys';

describe('presentAction', () => {
  it('steps with the arrow keys, page keys and space', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((key) => presentAction({ key }))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp', 'Backspace'].map((key) => presentAction({ key }))).toEqual(['previous', 'previous', 'previous']);
    expect(presentAction({ key: 'Home' })).toBe('first');
    expect(presentAction({ key: 'End' })).toBe('last');
  });

  it('leaves the presentation with Escape and toggles full screen with F', () => {
    expect(presentAction({ key: 'Escape' })).toBe('exit');
    expect(presentAction({ key: 'f' })).toBe('fullscreen');
  });

  it('leaves typing, pressing buttons and browser shortcuts alone', () => {
    expect(presentAction({ key: 'ArrowRight', targetTag: 'input' })).toBeNull();
    expect(presentAction({ key: ' ', targetTag: 'BUTTON' })).toBeNull();
    expect(presentAction({ key: 'ArrowRight', targetTag: 'BUTTON' })).toBe('next');
    expect(presentAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(presentAction({ key: 'x' })).toBeNull();
  });
});
