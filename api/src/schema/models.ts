/** What resolvers receive as parents: store records, flattened so default field resolvers can read them. */
import type { NodeType, RelType } from '../../../graph-schema/model.js';
import type { EdgeRecord, NodeRecord, PropValue, Source } from '../../../graph-schema/records.js';

export type EntityModel = { id: string; type: NodeType; sources: Source[] } & Record<string, PropValue | Source[]>;
export type EdgeModel = { id: string; type: RelType; from: string; to: string; sources: Source[] } & Record<string, PropValue | Source[]>;
export type SourceModel = Source;

export function toEntityModel(node: NodeRecord): EntityModel {
  return { ...node.props, id: node.id, type: node.type, sources: node.sources } as EntityModel;
}

export function toEdgeModel(edge: EdgeRecord): EdgeModel {
  return { ...edge.props, id: edge.id, type: edge.type, from: edge.from, to: edge.to, sources: edge.sources } as EdgeModel;
}
