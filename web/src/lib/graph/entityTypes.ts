/** Entity types in display order, with the hue each is drawn in (badges now, graph views later). */
import type { EntityType } from '../generated/graphql';

/** A Record, so a type added to the graph model fails to compile here until it has a hue and a place. */
const HUES: Readonly<Record<EntityType, number>> = {
  Mechanism: 152,
  Case: 24,
  GovernanceModel: 275,
  Actor: 212,
  Organization: 232,
  Problem: 356,
  Concept: 255,
  Policy: 88,
  Program: 42,
  ExperimentZone: 322,
  City: 190,
  Locality: 172,
  Statistic: 205,
  Publication: 32,
  Person: 300,
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
