/** What resolvers receive as parents: store records, flattened so default field resolvers can read them. */
import type { NodeType, RelType } from '../../../graph-schema/model.js';
import type { EdgeRecord, NodeRecord, PropValue, Source } from '../../../graph-schema/records.js';

export type EntityModel = { id: string; type: NodeType; sources: Source[] } & Record<string, PropValue | Source[]>;
export type EdgeModel = { id: string; type: RelType; from: string; to: string; sources: Source[] } & Record<string, PropValue | Source[]>;
export type SourceModel = Source;

/*
 * The record's properties are the model's prototype rather than copied into it: default resolvers read
 * `parent[field]`, which finds them there, and a 1,000-node neighbourhood no longer copies every property of
 * every node and relationship per request (issue 8). Records from the read model are frozen, so sharing
 * their `props` cannot leak a change from one request into another.
 */
export function toEntityModel(node: NodeRecord): EntityModel {
  const model = Object.create(node.props) as EntityModel;
  model.id = node.id;
  model.type = node.type;
  model.sources = node.sources;
  return model;
}

export function toEdgeModel(edge: EdgeRecord): EdgeModel {
  const model = Object.create(edge.props) as EdgeModel;
  model.id = edge.id;
  model.type = edge.type;
  model.from = edge.from;
  model.to = edge.to;
  model.sources = edge.sources;
  return model;
}
