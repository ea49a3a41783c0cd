/** A content hash of a graph, independent of order: equal graphs hash equal, whatever store they came from. */
import { createHash } from 'node:crypto';
import type { GraphData } from './records.js';

export function graphHash(graph: GraphData): string {
  const lines = [
    ...graph.nodes.map((n) => JSON.stringify(['n', n.id, n.type, n.sources, Object.entries(n.props).sort(([a], [b]) => a.localeCompare(b))])),
    ...graph.edges.map((e) => JSON.stringify(['e', e.id, e.sources, Object.entries(e.props).sort(([a], [b]) => a.localeCompare(b))])),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
