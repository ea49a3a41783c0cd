import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../../../graph-schema/model';
import { DIMENSIONS_ORDER } from './dimensions';
import { batchColour, dimensionColour, NONE_COLOUR, sectorColour, seriesColour, UNCLASSIFIED_COLOUR } from './palette';

/** WCAG contrast of a colour against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe('chart palette', () => {
  it('lists the dimensions the graph model has, in its order', () => {
    expect([...DIMENSIONS_ORDER]).toEqual([...DIMENSIONS]);
  });

  it('gives every category a colour with at least 3:1 contrast on white', () => {
    const colours = [
      ...DIMENSIONS.map(dimensionColour),
      ...['1', '2', '3', '4'].map(batchColour),
      ...['party', 'government', 'self-governing', 'social', 'market', 'group'].map(sectorColour),
      ...Array.from({ length: 10 }, (_, i) => seriesColour(i)),
      NONE_COLOUR,
      UNCLASSIFIED_COLOUR,
    ];
    for (const c of colours) expect(contrastOnWhite(c), c).toBeGreaterThanOrEqual(3);
  });

  it('keeps dimensions and batches apart from each other and greys out the unknown', () => {
    expect(new Set(DIMENSIONS.map(dimensionColour)).size).toBe(4);
    expect(new Set(['1', '2', '3', '4'].map(batchColour)).size).toBe(4);
    expect(dimensionColour('none')).toBe(NONE_COLOUR);
    expect(batchColour('9')).toBe(NONE_COLOUR);
  });
});
