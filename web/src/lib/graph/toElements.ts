/**
 * API subgraph → Cytoscape elements. Pure (no Cytoscape import), so it runs headless in unit tests and the
 * same mapping serves the explorer, entity-page mini graphs and presentation slides (GraphCanvas.svelte).
 */
import type { ElementDefinition } from 'cytoscape';
import type { EntityType, RelationType } from '../generated/graphql';
import { communityColour, PALE_GREY, typeStyle } from './palette';

/** What a node needs: any API entity selection with these fields will do. */
export interface GraphNodeInput {
  readonly id: string;
  readonly type: EntityType;
  readonly nameZh: string;
  readonly nameEn: string;
  /** Relationships in the whole graph; with it, a node shows how many of its neighbours are not drawn. */
  readonly degree?: number | null;
}

export interface GraphEdgeInput {
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
}

export interface SubgraphInput {
  readonly nodes: readonly GraphNodeInput[];
  readonly edges: readonly GraphEdgeInput[];
}

/** Which name a node shows: Chinese, English, or both on two lines (for bilingual classes). */
export type LabelMode = 'zh' | 'en' | 'both';
export type ColourBy = 'type' | 'community';

export interface Position {
  x: number;
  y: number;
}

export interface ToElementsOptions {
  labels?: LabelMode;
  colourBy?: ColourBy;
  /** Community rank per node id (0 = largest community), used when colourBy is 'community'. */
  communities?: Readonly<Record<string, number>>;
  /** Relative size per node id, 0–1 (e.g. a centrality scaled to the visible maximum); absent = default size. */
  sizes?: Readonly<Record<string, number>>;
  highlighted?: Iterable<string>;
  faded?: Iterable<string>;
  pinned?: Iterable<string>;
  /** Positions to start from (preset layout, permalinks, pinned nodes). */
  positions?: Readonly<Record<string, Position>>;
  /** Edge label per relationship type; without it edges are unlabelled. */
  edgeLabel?: (type: RelationType) => string;
  /** Relationships drawn without an arrow because their direction says nothing. */
  undirected?: (type: RelationType) => boolean;
  /** Append "+N" to a node whose degree exceeds its drawn relationships (default true). */
  hiddenCounts?: boolean;
  /** Longer names are cut with "…" on the canvas (default 18 characters; 0 keeps them whole). */
  maxLabelLength?: number;
}

export const NODE_SIZE = { min: 22, default: 30, max: 70 } as const;

export interface NodeData {
  id: string;
  /** What the canvas writes: the name, shortened, with "+N" hidden neighbours. */
  label: string;
  /** The whole name (both languages on two lines in 'both' mode), for screen readers and tooltips. */
  name: string;
  type: EntityType;
  colour: string;
  shape: string;
  size: number;
  /** Neighbours in the whole graph that are not drawn (degree − drawn relationships), never negative. */
  hidden: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string;
}

/** What a canvas has drawn, for exports that write their own files (SVG): model positions, data, classes. */
export interface DrawnGraph {
  nodes: { id: string; x: number; y: number; data: NodeData; classes: string[] }[];
  edges: { id: string; data: EdgeData; classes: string[] }[];
}

/** Cuts a name to `max` characters (code points, so no half characters), marking the cut with "…". */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return max > 0 && chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : text;
}

export function nodeLabel(node: Pick<GraphNodeInput, 'nameZh' | 'nameEn'>, mode: LabelMode, max = 0): string {
  const zh = shorten(node.nameZh.trim(), max);
  const en = shorten(node.nameEn.trim(), max * (mode === 'both' ? 2 : 1.6));
  switch (mode) {
    case 'zh':
      return zh || en;
    case 'en':
      return en || zh;
    case 'both':
      return zh && en && zh !== en ? `${zh}\n${en}` : zh || en;
  }
}

/**
 * Elements for Cytoscape, nodes first. Duplicate ids keep their first occurrence; edges whose ends are not
 * among the nodes are dropped (a filtered view must not draw dangling lines, and Cytoscape would throw).
 */
export function toElements(graph: SubgraphInput, options: ToElementsOptions = {}): ElementDefinition[] {
  const mode = options.labels ?? 'zh';
  const highlighted = new Set(options.highlighted ?? []);
  const faded = new Set(options.faded ?? []);
  const pinned = new Set(options.pinned ?? []);

  const nodes = new Map<string, GraphNodeInput>();
  for (const n of graph.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const edges = new Map<string, GraphEdgeInput>();
  for (const e of graph.edges) if (!edges.has(e.id) && nodes.has(e.from) && nodes.has(e.to)) edges.set(e.id, e);

  const drawn = new Map<string, number>();
  for (const e of edges.values()) {
    drawn.set(e.from, (drawn.get(e.from) ?? 0) + 1);
    if (e.to !== e.from) drawn.set(e.to, (drawn.get(e.to) ?? 0) + 1);
  }

  const out: ElementDefinition[] = [];
  for (const n of nodes.values()) {
    const style = typeStyle(n.type);
    const hidden = n.degree == null ? 0 : Math.max(0, n.degree - (drawn.get(n.id) ?? 0));
    const name = nodeLabel(n, mode);
    const shown = nodeLabel(n, mode, options.maxLabelLength ?? 18);
    const rank = options.communities?.[n.id];
    const colour = options.colourBy === 'community' ? (rank === undefined ? PALE_GREY : communityColour(rank)) : style.colour;
    const data: NodeData = {
      id: n.id,
      name,
      label: (options.hiddenCounts ?? true) && hidden > 0 ? `${shown} +${hidden}` : shown,
      type: n.type,
      colour,
      shape: style.shape,
      size: nodeSize(options.sizes?.[n.id]),
      hidden,
    };
    const classes = [
      highlighted.has(n.id) && 'highlighted',
      faded.has(n.id) && 'faded',
      pinned.has(n.id) && 'pinned',
      hidden > 0 && 'has-hidden',
    ].filter((c): c is string => typeof c === 'string');
    const position = options.positions?.[n.id];
    out.push({ group: 'nodes', data, classes, ...(position ? { position: { x: position.x, y: position.y } } : {}) });
  }
  for (const e of edges.values()) {
    const data: EdgeData = { id: e.id, source: e.from, target: e.to, type: e.type, label: options.edgeLabel?.(e.type) ?? '' };
    const bothHighlighted = highlighted.has(e.id) || (highlighted.has(e.from) && highlighted.has(e.to) && highlighted.size > 0 && !isPathMode(highlighted));
    const classes = [
      bothHighlighted && 'highlighted',
      (faded.has(e.id) || faded.has(e.from) || faded.has(e.to)) && 'faded',
      options.undirected?.(e.type) && 'undirected',
    ].filter((c): c is string => typeof c === 'string');
    out.push({ group: 'edges', data, classes });
  }
  return out;
}

/**
 * When the highlighted set names edges (a path), only those edges light up; when it names nodes only, every
 * edge between two highlighted nodes does.
 */
function isPathMode(highlighted: ReadonlySet<string>): boolean {
  for (const id of highlighted) if (id.includes('|')) return true;
  return false;
}

export function nodeSize(relative: number | undefined): number {
  if (relative === undefined || !Number.isFinite(relative)) return NODE_SIZE.default;
  const r = Math.min(1, Math.max(0, relative));
  // Area, not radius, grows with the measure, so a node twice as central does not look four times as big.
  return Math.round(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(r));
}
