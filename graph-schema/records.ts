/** Plain records that travel between the loader, the stores and the API. Engine-neutral. */
import type { NodeType, RelType } from './model.js';

export interface Source {
  /** A seed document's file stem or the id of a Publication node. */
  doc: string;
  /** Section heading or paragraph inside it. */
  locator: string;
}

export type PropValue = string | number | string[] | null;

export interface NodeRecord {
  id: string;
  type: NodeType;
  sources: Source[];
  /** Every model property of the type (common and type-specific); absent ones are null. */
  props: Record<string, PropValue>;
}

export interface EdgeRecord {
  /** Deterministic: `<from>|<type>|<to>`. */
  id: string;
  type: RelType;
  from: string;
  to: string;
  sources: Source[];
  props: Record<string, PropValue>;
}

export interface GraphData {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

export function edgeId(from: string, type: RelType, to: string): string {
  return `${from}|${type}|${to}`;
}
