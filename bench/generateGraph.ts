/**
 * Deterministic synthetic graphs shaped like the curated one, for benchmarks (issue 8).
 *
 * The graph is `scale` copies of the curated graph (copy 0 keeps the curated ids, copy k appends `~k`), so the
 * node-type mix is exact and every relationship joins an allowed (from, to) pair. Copies are then knitted
 * together: a share of relationships (`rewire`) has one end moved to the same node in another copy, which keeps
 * every node's expected degree, and hence the degree distribution, equal to its curated original's. `density`
 * adds further relationships drawn the same way (always across copies), multiplying every expected degree by
 * the same factor: the shape of the distribution stays, the mean grows.
 */
import { isPairAllowed } from '../graph-schema/model.js';
import type { EdgeRecord, GraphData, NodeRecord } from '../graph-schema/records.js';
import { edgeId } from '../graph-schema/records.js';
import { randomInt, seededRandom } from './random.js';

export interface GenerateOptions {
  /** Copies of the curated graph: the node multiplier. */
  scale: number;
  /** Relationships per curated relationship and copy (1 keeps the curated mean degree). */
  density?: number;
  /** Share of the first relationship of each copy whose far end lands in another copy. */
  rewire?: number;
  /** Share of cross-copy ends that land in a nearby copy (within `reach`) rather than anywhere. */
  nearby?: number;
  reach?: number;
  seed?: number;
}

export const copyId = (id: string, k: number) => (k === 0 ? id : `${id}~${k}`);

function copyNode(n: NodeRecord, k: number): NodeRecord {
  if (k === 0) return n;
  const nameZh = typeof n.props.nameZh === 'string' ? `${n.props.nameZh}（${k}）` : n.props.nameZh;
  const nameEn = typeof n.props.nameEn === 'string' ? `${n.props.nameEn} (${k})` : n.props.nameEn;
  return { id: copyId(n.id, k), type: n.type, sources: n.sources, props: { ...n.props, nameZh, nameEn } };
}

export function generateGraph(base: GraphData, options: GenerateOptions): GraphData {
  const scale = Math.max(1, Math.trunc(options.scale));
  const density = options.density ?? 1;
  const rewire = options.rewire ?? 0.3;
  const nearby = options.nearby ?? 0.7;
  const reach = Math.max(1, Math.min(options.reach ?? 5, scale - 1));
  const random = seededRandom(options.seed ?? 20240801);

  const nodes: NodeRecord[] = new Array(base.nodes.length * scale);
  for (let k = 0, i = 0; k < scale; k++) for (const n of base.nodes) nodes[i++] = copyNode(n, k);

  /** Another copy than k: mostly a near one (communities of copies), sometimes any. */
  const otherCopy = (k: number): number => {
    if (scale === 1) return 0;
    if (random() < nearby) {
      const off = 1 + randomInt(random, reach);
      return (k + (random() < 0.5 ? off : scale - off)) % scale;
    }
    const j = randomInt(random, scale - 1);
    return j >= k ? j + 1 : j;
  };

  const edges: EdgeRecord[] = [];
  const seen = new Set<string>();
  const add = (e: EdgeRecord, from: string, to: string): boolean => {
    if (from === to) return false;
    const id = edgeId(from, e.type, to);
    if (seen.has(id)) return false;
    seen.add(id);
    edges.push({ id, type: e.type, from, to, sources: e.sources, props: e.props });
    return true;
  };
  /** One end stays in copy k, the other (either, at random) moves to another copy: both degree sides kept. */
  const addCrossing = (e: EdgeRecord, k: number) => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const j = otherCopy(k);
      const moved = random() < 0.5;
      if (add(e, copyId(e.from, moved ? j : k), copyId(e.to, moved ? k : j))) return;
    }
  };
  const whole = Math.floor(density);
  const part = density - whole;
  for (let k = 0; k < scale; k++) {
    for (const e of base.edges) {
      const count = whole + (random() < part ? 1 : 0);
      for (let c = 0; c < count; c++) {
        if (c === 0 && !(random() < rewire)) add(e, copyId(e.from, k), copyId(e.to, k));
        else addCrossing(e, k);
      }
    }
  }
  return { nodes, edges };
}

export interface SizeSpec {
  /** As written on the command line: `100x`, `1000x` or `<nodes>:<relationships>` such as `100k:1m`. */
  label: string;
  scale: number;
  density: number;
}

const count = (s: string) => {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`not a count: ${s}`);
  return Math.round(Number(m[1]) * ({ '': 1, k: 1e3, m: 1e6 } as Record<string, number>)[m[2].toLowerCase()]);
};

/** `100` or `100x`: that many copies at the curated density; `100k:1m`: about that many nodes and relationships. */
export function parseSize(text: string, base: GraphData): SizeSpec {
  const t = text.trim();
  if (t.includes(':')) {
    const [n, r] = t.split(':').map(count);
    const scale = Math.max(1, Math.round(n / base.nodes.length));
    return { label: t, scale, density: r / (scale * base.edges.length) };
  }
  const scale = count(t.replace(/x$/i, ''));
  return { label: `${scale}x`, scale, density: 1 };
}

/**
 * What the normal loader would check of a generated graph, cheaply: unique node and relationship ids, both ends
 * present, and every relationship an allowed (from type, to type) pair of graph-schema/model.ts.
 */
export function checkGraph(graph: GraphData): void {
  const types = new Map(graph.nodes.map((n) => [n.id, n.type]));
  if (types.size !== graph.nodes.length) throw new Error('generated graph: duplicate node ids');
  const ids = new Set<string>();
  for (const e of graph.edges) {
    const from = types.get(e.from);
    const to = types.get(e.to);
    if (!from || !to) throw new Error(`generated graph: ${e.id} has a missing end`);
    if (!isPairAllowed(e.type, from, to)) throw new Error(`generated graph: ${e.id} joins ${from} to ${to}, which ${e.type} does not allow`);
    if (ids.has(e.id)) throw new Error(`generated graph: duplicate relationship ${e.id}`);
    ids.add(e.id);
  }
}
