/**
 * The explorer's view: everything a permalink, a saved view or an undo step restores (issue #4). Plain data,
 * changed only by the pure functions here, so history is a list of values and every step is unit-tested.
 */
import type { EntityType, RelationType } from '../../lib/generated/graphql';
import { isEntityType } from '../../lib/graph/entityTypes';
import { isLayoutName, type LayoutName } from '../../lib/graph/graphStyle';
import { relationRank } from '../../lib/graph/relationTypes';
import type { ColourBy, Position } from '../../lib/graph/toElements';

/** Neighbours one expansion adds; "more" asks for the next ones (what is drawn is left out by the API). */
export const EXPAND_LIMIT = 25;

export const SIZE_BY = ['none', 'degree', 'betweenness', 'pagerank'] as const;
export type SizeBy = (typeof SIZE_BY)[number];
export const LABEL_CHOICES = ['auto', 'zh', 'en', 'both'] as const;
/** `auto` follows the interface language. */
export type LabelChoice = (typeof LABEL_CHOICES)[number];

export interface Filters {
  /** Types shown; empty means all. */
  types: EntityType[];
  /** Relationship types shown; empty means all. */
  relations: RelationType[];
  yearFrom: number | null;
  yearTo: number | null;
}

/** A path-finder answer being stepped through: its ends, which path, and that path's node and edge ids. */
export interface PathView {
  from: string;
  to: string;
  index: number;
  highlight: string[];
}

export interface ViewState {
  /** Drawn entities, in the order they arrived. */
  nodes: string[];
  /** The entity each one was expanded from, so collapsing a node removes what it brought. */
  parents: Record<string, string>;
  positions: Record<string, Position>;
  pinned: string[];
  /** Entities the reader hid: not drawn, and not brought back by expanding a neighbour. */
  hidden: string[];
  /** When non-empty, everything else is faded. */
  focus: string[];
  /** A node id or an edge id (`from|TYPE|to`). */
  selected: string | null;
  filters: Filters;
  layout: LayoutName;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  labels: LabelChoice;
  path: PathView | null;
}

export const EMPTY_FILTERS: Filters = { types: [], relations: [], yearFrom: null, yearTo: null };

export function emptyView(): ViewState {
  return {
    nodes: [],
    parents: {},
    positions: {},
    pinned: [],
    hidden: [],
    focus: [],
    selected: null,
    filters: EMPTY_FILTERS,
    layout: 'fcose',
    sizeBy: 'degree',
    colourBy: 'type',
    labels: 'auto',
    path: null,
  };
}

export function startView(id: string): ViewState {
  return { ...emptyView(), nodes: [id], selected: id };
}

/** Adds entities (those not drawn yet), remembering which node they were expanded from. */
export function addNodes(view: ViewState, ids: readonly string[], parent?: string): ViewState {
  const drawn = new Set(view.nodes);
  const fresh = [...new Set(ids)].filter((id) => !drawn.has(id));
  if (fresh.length === 0) return view;
  const parents = { ...view.parents };
  if (parent) for (const id of fresh) if (id !== parent) parents[id] = parent;
  const hidden = view.hidden.filter((id) => !fresh.includes(id));
  return { ...view, nodes: [...view.nodes, ...fresh], parents, hidden };
}

/** Removes entities from the drawing and everything that refers to them. */
function without(view: ViewState, gone: ReadonlySet<string>): ViewState {
  if (gone.size === 0) return view;
  const keep = (id: string) => !gone.has(id);
  const parents = Object.fromEntries(Object.entries(view.parents).filter(([child, parent]) => keep(child) && keep(parent)));
  const positions = Object.fromEntries(Object.entries(view.positions).filter(([id]) => keep(id)));
  const selectedGone = view.selected !== null && (gone.has(view.selected) || view.selected.split('|').some((part, i) => i !== 1 && gone.has(part)));
  const pathGone = view.path !== null && view.path.highlight.some((id) => gone.has(id));
  return {
    ...view,
    nodes: view.nodes.filter(keep),
    parents,
    positions,
    pinned: view.pinned.filter(keep),
    focus: view.focus.filter(keep),
    selected: selectedGone ? null : view.selected,
    path: pathGone ? null : view.path,
  };
}

/** What expanding `id` brought in, transitively (the nodes whose parent chain leads to it). */
export function descendants(view: ViewState, id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const [child, parent] of Object.entries(view.parents)) children.set(parent, [...(children.get(parent) ?? []), child]);
  const out = new Set<string>();
  const stack = [...(children.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (out.has(next) || next === id) continue;
    out.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/** Collapsing a node removes what expanding it brought in, except pinned nodes (which stay, as do their own). */
export function collapse(view: ViewState, id: string): ViewState {
  const pinned = new Set(view.pinned);
  const gone = new Set([...descendants(view, id)].filter((d) => !pinned.has(d)));
  for (const p of pinned) for (const d of descendants(view, p)) gone.delete(d);
  return without(view, gone);
}

export function hide(view: ViewState, ids: readonly string[]): ViewState {
  const gone = new Set(ids.filter((id) => view.nodes.includes(id)));
  if (gone.size === 0) return view;
  const next = without(view, gone);
  return { ...next, hidden: [...new Set([...view.hidden, ...gone])] };
}

export function unhideAll(view: ViewState): ViewState {
  return view.hidden.length === 0 ? view : { ...addNodes(view, view.hidden), hidden: [] };
}

export function togglePin(view: ViewState, id: string, position?: Position): ViewState {
  if (view.pinned.includes(id)) return { ...view, pinned: view.pinned.filter((p) => p !== id) };
  const positions = position ? { ...view.positions, [id]: position } : view.positions;
  return { ...view, pinned: [...view.pinned, id], positions };
}

/** Fades everything but `ids`; an empty list (or the same focus again) clears it. */
export function setFocus(view: ViewState, ids: readonly string[]): ViewState {
  const same = ids.length === view.focus.length && ids.every((id) => view.focus.includes(id));
  return { ...view, focus: same ? [] : [...new Set(ids)] };
}

export function yearsOverlap(from: number | null | undefined, to: number | null | undefined, filters: Filters): boolean {
  if (filters.yearFrom === null && filters.yearTo === null) return true;
  if (from == null && to == null) return true; // undated entities are never filtered out by years
  const start = from ?? to!;
  const end = to ?? from!;
  return (filters.yearTo === null || start <= filters.yearTo) && (filters.yearFrom === null || end >= filters.yearFrom);
}

export interface FilterableNode {
  id: string;
  type: EntityType;
  yearFrom?: number | null;
  yearTo?: number | null;
}
export interface FilterableEdge {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  year?: number | null;
}

export function nodePasses(n: FilterableNode, filters: Filters): boolean {
  return (filters.types.length === 0 || filters.types.includes(n.type)) && yearsOverlap(n.yearFrom, n.yearTo, filters);
}

export function edgePasses(e: FilterableEdge, filters: Filters): boolean {
  return (filters.relations.length === 0 || filters.relations.includes(e.type)) && yearsOverlap(e.year, e.year, filters);
}

/** The drawn subgraph after the filters: entities of the view that pass, and the edges among them that pass. */
export function visibleGraph<N extends FilterableNode, E extends FilterableEdge>(
  view: ViewState,
  nodes: ReadonlyMap<string, N>,
  edges: Iterable<E>,
): { nodes: N[]; edges: E[] } {
  const shown = view.nodes.map((id) => nodes.get(id)).filter((n): n is N => n !== undefined && nodePasses(n, view.filters));
  const ids = new Set(shown.map((n) => n.id));
  const pathEdges = new Set(view.path?.highlight ?? []);
  const shownEdges = [...edges].filter((e) => ids.has(e.from) && ids.has(e.to) && (edgePasses(e, view.filters) || pathEdges.has(e.id)));
  return { nodes: shown, edges: shownEdges };
}

/** Ids that stay bright while a focus or a path is shown; everything else drawn is faded. */
export function fadedIds(view: ViewState, drawn: readonly { id: string }[], drawnEdges: readonly FilterableEdge[]): string[] {
  const bright = new Set(view.focus.length > 0 ? view.focus : []);
  if (bright.size === 0) return [];
  return [...drawn.filter((n) => !bright.has(n.id)).map((n) => n.id), ...drawnEdges.filter((e) => !bright.has(e.from) || !bright.has(e.to)).map((e) => e.id)];
}

// ---- validation of views from outside (URL, imported files, localStorage): never trust their shape ----

export class ViewFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ViewFormatError';
  }
}

const MAX_NODES = 2000;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z][a-z-]*:[^\s|]{1,200}$/;
const EDGE_ID = /^[a-z][a-z-]*:[^\s|]{1,200}\|[A-Z_]{2,30}\|[a-z][a-z-]*:[^\s|]{1,200}$/;
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
const isElementId = (v: unknown): v is string => typeof v === 'string' && (ID.test(v) || EDGE_ID.test(v));
const isRelationType = (v: unknown): v is RelationType => typeof v === 'string' && relationRank(v as RelationType) !== undefined;

function ids(v: unknown, field: string, check: (x: unknown) => x is string = isId): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > MAX_NODES * 2 || !v.every(check)) throw new ViewFormatError(`${field} must be a list of ids`);
  return [...new Set(v)];
}

function year(v: unknown, field: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < -3000 || v > 3000) throw new ViewFormatError(`${field} must be a year`);
  return v;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw new ViewFormatError(`unknown value ${JSON.stringify(v)}`);
  return v as T;
}

/** A ViewState from untrusted JSON; throws ViewFormatError naming the first problem. Missing fields take defaults. */
export function parseViewState(raw: unknown): ViewState {
  if (!isObj(raw)) throw new ViewFormatError('a view must be an object');
  const base = emptyView();
  const nodes = ids(raw.nodes, 'nodes');
  if (nodes.length > MAX_NODES) throw new ViewFormatError(`a view may hold at most ${MAX_NODES} entities`);
  const drawn = new Set(nodes);
  const positions: Record<string, Position> = {};
  if (raw.positions !== undefined) {
    if (!isObj(raw.positions)) throw new ViewFormatError('positions must be an object');
    for (const [id, p] of Object.entries(raw.positions)) {
      if (!drawn.has(id)) continue;
      if (!isObj(p) || typeof p.x !== 'number' || typeof p.y !== 'number' || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
        throw new ViewFormatError(`position of ${id} must be {x, y}`);
      }
      positions[id] = { x: p.x, y: p.y };
    }
  }
  const parents: Record<string, string> = {};
  if (raw.parents !== undefined) {
    if (!isObj(raw.parents)) throw new ViewFormatError('parents must be an object');
    for (const [child, parent] of Object.entries(raw.parents)) if (drawn.has(child) && isId(parent) && drawn.has(parent)) parents[child] = parent;
  }
  const f = raw.filters === undefined ? {} : raw.filters;
  if (!isObj(f)) throw new ViewFormatError('filters must be an object');
  const types = f.types === undefined ? [] : f.types;
  if (!Array.isArray(types) || !types.every(isEntityType)) throw new ViewFormatError('filters.types must be entity types');
  const relations = f.relations === undefined ? [] : f.relations;
  if (!Array.isArray(relations) || !relations.every(isRelationType)) throw new ViewFormatError('filters.relations must be relationship types');
  let path: PathView | null = null;
  if (raw.path !== undefined && raw.path !== null) {
    const p = raw.path;
    if (!isObj(p) || !isId(p.from) || !isId(p.to) || typeof p.index !== 'number' || !Number.isInteger(p.index) || p.index < 0) {
      throw new ViewFormatError('path must be {from, to, index, highlight}');
    }
    path = { from: p.from, to: p.to, index: p.index, highlight: ids(p.highlight, 'path.highlight', isElementId) };
  }
  const selected = raw.selected === undefined || raw.selected === null ? null : raw.selected;
  if (selected !== null && !isElementId(selected)) throw new ViewFormatError('selected must be an id');
  const layout = raw.layout === undefined ? base.layout : raw.layout;
  if (!isLayoutName(layout)) throw new ViewFormatError(`unknown layout ${JSON.stringify(layout)}`);
  return {
    nodes,
    parents,
    positions,
    pinned: ids(raw.pinned, 'pinned').filter((id) => drawn.has(id)),
    hidden: ids(raw.hidden, 'hidden').filter((id) => !drawn.has(id)),
    focus: ids(raw.focus, 'focus').filter((id) => drawn.has(id)),
    selected,
    filters: { types: [...new Set(types)], relations: [...new Set(relations)], yearFrom: year(f.yearFrom, 'filters.yearFrom'), yearTo: year(f.yearTo, 'filters.yearTo') },
    layout,
    sizeBy: oneOf(raw.sizeBy, SIZE_BY, base.sizeBy),
    colourBy: oneOf(raw.colourBy, ['type', 'community'] as const, base.colourBy),
    labels: oneOf(raw.labels, LABEL_CHOICES, base.labels),
    path,
  };
}
