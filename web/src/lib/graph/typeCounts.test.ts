import { describe, expect, it } from 'vitest';
import { entityHref, ENTITY_TYPES, isEntityType } from './entityTypes';
import { typeCounts } from './typeCounts';

describe('typeCounts', () => {
  it('orders counts by the display order of types, drops zeros and unknown types, adds repeats', () => {
    const counts = typeCounts([
      { type: 'Person', count: 3 },
      { type: 'Mechanism', count: 12 },
      { type: 'Case', count: 0 },
      { type: 'Spaceship', count: 9 },
      { type: 'Person', count: 1 },
    ]);
    expect(counts).toEqual([
      { type: 'Mechanism', count: 12 },
      { type: 'Person', count: 4 },
    ]);
  });
});

describe('entityTypes', () => {
  it('lists all fifteen entity types once', () => {
    expect(new Set(ENTITY_TYPES).size).toBe(15);
    expect(isEntityType('Case')).toBe(true);
    expect(isEntityType('toString')).toBe(false);
  });

  it('links entities by readable id, escaping everything but the colon', () => {
    expect(entityHref('mechanism:three-social-linkage')).toBe('/entity/mechanism:three-social-linkage');
    expect(entityHref('pub:a/b?c')).toBe('/entity/pub:a%2Fb%3Fc');
  });
});
