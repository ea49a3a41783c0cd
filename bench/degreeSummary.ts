/** Degree distribution of a graph in a few numbers, to show the synthetic graphs keep the curated shape. */
import type { GraphData } from '../graph-schema/records.js';

export function degreeSummary(g: GraphData) {
  const degree = new Map<string, number>();
  for (const e of g.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  const ds = g.nodes.map((n) => degree.get(n.id) ?? 0).sort((a, b) => a - b);
  const at = (p: number) => ds[Math.min(ds.length - 1, Math.floor(p * ds.length))] ?? 0;
  return { mean: Number(((2 * g.edges.length) / (g.nodes.length || 1)).toFixed(2)), p50: at(0.5), p90: at(0.9), p99: at(0.99), max: ds[ds.length - 1] ?? 0 };
}
