/** Relationship types in the order an entity page lists them: what it is made of and does first, bibliography last. */
import type { RelationType } from '../generated/graphql';

const ORDER: Readonly<Record<RelationType, number>> = {
  HAS_PART: 0,
  INSTANCE_OF: 1,
  APPLIES: 2,
  USES: 3,
  INVOLVES: 4,
  ADDRESSES: 5,
  PRIORITISES: 6,
  EXEMPLIFIES: 7,
  EXTENDS: 8,
  EVOLVED_INTO: 9,
  CONTRASTS_WITH: 10,
  CAUSES: 11,
  AFFECTS: 12,
  RELATED_TO: 13,
  LOCATED_IN: 14,
  ORIGINATED_IN: 15,
  MEMBER_OF: 16,
  ESTABLISHES: 17,
  ISSUED: 18,
  DESCRIBES: 19,
  PROPOSED_BY: 20,
  AUTHORED_BY: 21,
  DISCUSSES: 22,
  CITES: 23,
};

/** Relationships whose direction carries no meaning: one group, whichever end the entity is. */
const SYMMETRIC: ReadonlySet<RelationType> = new Set<RelationType>(['CONTRASTS_WITH', 'RELATED_TO']);

export function relationRank(type: RelationType): number {
  return ORDER[type];
}

export function isSymmetric(type: RelationType): boolean {
  return SYMMETRIC.has(type);
}
