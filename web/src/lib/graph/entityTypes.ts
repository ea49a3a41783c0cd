/** Entity types in display order, with the hue each is drawn in (badges now, graph views later). */
import type { EntityType } from '../generated/graphql';

/** A Record, so a type added to the graph model fails to compile here until it has a hue and a place. */
const HUES: Readonly<Record<EntityType, number>> = {
  // Spread round the colour wheel (about 24° apart) so neighbours in a legend stay distinguishable.
  Mechanism: 145,
  Case: 24,
  GovernanceModel: 280,
  Actor: 215,
  Organization: 235,
  Problem: 0,
  Concept: 258,
  Policy: 95,
  Program: 70,
  ExperimentZone: 330,
  City: 192,
  Locality: 170,
  Statistic: 120,
  Publication: 45,
  Person: 305,
};

export const ENTITY_TYPES = Object.keys(HUES) as EntityType[];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && Object.hasOwn(HUES, value);
}

export function typeHue(type: EntityType): number {
  return HUES[type];
}

/** `/entity/mechanism:grid-management`: ids are readable, so keep their colons unescaped in links. */
export function entityHref(id: string): string {
  return `/entity/${encodeURIComponent(id).replace(/%3A/gi, ':')}`;
}
