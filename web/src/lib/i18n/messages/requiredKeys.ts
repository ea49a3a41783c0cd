/** Keys every catalogue must have because the graph model has them: one per entity type and per relation direction. */
import type { EntityType, RelationType } from '../../generated/graphql';

export type RequiredKey = `type.${EntityType}` | `types.${EntityType}` | `rel.${RelationType}.out` | `rel.${RelationType}.in`;
