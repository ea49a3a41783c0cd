/** The Publication behind a source's `doc`, read from a snapshot: a Publication id, or a seed stem (by `seedDoc`). */
import type { NodeRecord } from '../../../graph-schema/records.js';
import type { GraphSnapshot } from './graphSnapshot.js';

const bySnapshot = new WeakMap<GraphSnapshot, Map<string, NodeRecord>>();

function bySeedDoc(snapshot: GraphSnapshot): Map<string, NodeRecord> {
  let map = bySnapshot.get(snapshot);
  if (!map) {
    map = new Map(snapshot.ofType('Publication').flatMap((p) => (typeof p.props.seedDoc === 'string' ? [[p.props.seedDoc, p] as const] : [])));
    bySnapshot.set(snapshot, map);
  }
  return map;
}

export function publicationOf(snapshot: GraphSnapshot, doc: string): NodeRecord | null {
  const direct = snapshot.node(doc);
  if (direct?.type === 'Publication') return direct;
  return bySeedDoc(snapshot).get(doc) ?? null;
}
