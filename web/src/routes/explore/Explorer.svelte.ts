/**
 * The explorer's state (issue #4): the current ViewState with undo/redo history, and a cache of what the API
 * has sent (entities, relationships, metrics, paths). Views are values, so an undo step is the previous one;
 * the cache only grows, so any earlier view can be drawn again without asking the API.
 */
import type {
  EdgeDetailFragment,
  EntityDetailFragment,
  EntityRefFragment,
  ExplorerEdgeFragment,
  ExplorerNodeFragment,
  ExplorerSubgraphFragment,
} from '$lib/generated/graphql';
import {
  ExplorerEdgeDetailDocument,
  ExplorerExpandDocument,
  ExplorerMetricsDocument,
  ExplorerNodeDetailDocument,
  ExplorerPathsDocument,
  ExplorerViewDocument,
} from '$lib/generated/graphql';
import type { LayoutName } from '$lib/graph/graphStyle';
import type { ColourBy, Position } from '$lib/graph/toElements';
import { request } from '$lib/graphqlClient';
import {
  EXPAND_LIMIT,
  addNodes,
  collapse,
  emptyView,
  fadedIds,
  hide,
  setFocus,
  togglePin,
  unhideAll,
  visibleGraph,
  type Filters,
  type LabelChoice,
  type SizeBy,
  type ViewState,
} from './viewState';

const MAX_HISTORY = 100;

export interface Metrics {
  degree: number;
  betweenness: number | null;
  pagerank: number;
  communityRank: number;
}

export interface FoundPath {
  length: number;
  nodes: ExplorerNodeFragment[];
  edges: ExplorerEdgeFragment[];
}

export type Detail =
  | { kind: 'node'; entity: EntityDetailFragment }
  | { kind: 'edge'; edge: EdgeDetailFragment; ends: EntityRefFragment[] }
  | { kind: 'loading' }
  | { kind: 'none' };

export class Explorer {
  view: ViewState = $state.raw(emptyView());
  #past: ViewState[] = $state.raw([]);
  #future: ViewState[] = $state.raw([]);
  nodes: ReadonlyMap<string, ExplorerNodeFragment> = $state.raw(new Map());
  edges: ReadonlyMap<string, ExplorerEdgeFragment> = $state.raw(new Map());
  metrics: ReadonlyMap<string, Metrics> = $state.raw(new Map());
  paths: FoundPath[] = $state.raw([]);
  detail: Detail = $state.raw({ kind: 'none' });
  /** Bumped to make the canvas lay everything out again (a new layout, or "re-layout"). */
  layoutKey = $state(0);
  busy = $state(false);
  error: string | null = $state(null);
  /** A message about the last step (e.g. "12 more neighbours not shown"); shown in a live region. */
  notice: string | null = $state(null);

  readonly canUndo = $derived(this.#past.length > 0);
  readonly canRedo = $derived(this.#future.length > 0);
  readonly visible = $derived(visibleGraph(this.view, this.nodes, this.edges.values()));
  readonly faded = $derived(fadedIds(this.view, this.visible.nodes, this.visible.edges));

  readonly #fetch: typeof fetch;
  #detailRequest = 0;

  constructor(fetchFn: typeof fetch, view: ViewState, graph: ExplorerSubgraphFragment | null) {
    this.#fetch = fetchFn;
    if (graph) this.#remember(graph);
    this.view = view;
  }

  // ---- history ----

  /** A new exploration step: the current view goes on the undo stack. */
  commit(next: ViewState): void {
    if (next === this.view) return;
    this.#past = [...this.#past.slice(-(MAX_HISTORY - 1)), this.view];
    this.#future = [];
    this.view = next;
  }

  /** A change that is not a step of its own (selection, positions a layout settled on). */
  amend(next: ViewState): void {
    this.view = next;
  }

  undo(): void {
    const previous = this.#past.at(-1);
    if (!previous) return;
    this.#future = [this.view, ...this.#future];
    this.#past = this.#past.slice(0, -1);
    this.view = previous;
  }

  redo(): void {
    const next = this.#future[0];
    if (!next) return;
    this.#past = [...this.#past, this.view];
    this.#future = this.#future.slice(1);
    this.view = next;
  }

  // ---- data ----

  #remember(graph: { nodes: readonly ExplorerNodeFragment[]; edges: readonly ExplorerEdgeFragment[] }): void {
    if (graph.nodes.length > 0) this.nodes = new Map([...this.nodes, ...graph.nodes.map((n) => [n.id, n] as const)]);
    if (graph.edges.length > 0) this.edges = new Map([...this.edges, ...graph.edges.map((e) => [e.id, e] as const)]);
  }

  async #run<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.error = null;
    try {
      return await work();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** Entities and relationships among a set of ids (the whole drawing), fetched in one request. */
  async #loadAmong(ids: readonly string[]): Promise<void> {
    const data = await request(this.#fetch, ExplorerViewDocument, { ids: [...ids] });
    this.#remember(data.subgraph);
  }

  /** Neighbours of `ids`, capped; what is drawn or hidden already is left out, so asking again gives "more". */
  async expand(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const found = await this.#run(async () => {
      const f = this.view.filters;
      const data = await request(this.#fetch, ExplorerExpandDocument, {
        ids: [...ids],
        among: [...this.view.nodes, ...this.view.hidden],
        types: f.types.length ? f.types : undefined,
        relations: f.relations.length ? f.relations : undefined,
        yearFrom: f.yearFrom ?? undefined,
        yearTo: f.yearTo ?? undefined,
        limit: EXPAND_LIMIT,
      });
      this.#remember(data.expand);
      const fresh = data.expand.nodes.map((n) => n.id);
      let next = this.view;
      // Each new node's parent is the first selected node it is linked to, so collapse undoes exactly this.
      for (const id of ids) {
        const linked = fresh.filter((n) => data.expand.edges.some((e) => (e.from === id && e.to === n) || (e.to === id && e.from === n)));
        next = addNodes(next, linked, id);
      }
      next = addNodes(next, fresh, ids[0]);
      this.commit(next);
      return { added: fresh.length, more: data.expand.truncated };
    });
    if (!found) return 0;
    this.notice = found.added === 0 ? 'none' : found.more ? 'more' : 'all';
    return found.added;
  }

  /** Adds entities (a search hit) with their relationships to what is drawn. */
  async add(ids: readonly string[], select = true): Promise<void> {
    await this.#run(async () => {
      const all = [...new Set([...this.view.nodes, ...ids])];
      await this.#loadAmong(all);
      const next = addNodes(this.view, ids);
      this.commit(select && ids.length > 0 ? { ...next, selected: ids[0] } : next);
    });
  }

  /** Starts again from one entity and its first neighbours. */
  async startFrom(id: string): Promise<void> {
    const fresh = { ...emptyView(), sizeBy: this.view.sizeBy, colourBy: this.view.colourBy, labels: this.view.labels, layout: this.view.layout };
    await this.#run(() => this.#loadAmong([id]));
    this.commit({ ...fresh, nodes: this.nodes.has(id) ? [id] : [], selected: id });
    await this.expand([id]);
  }

  clear(): void {
    this.paths = [];
    this.commit({ ...emptyView(), sizeBy: this.view.sizeBy, colourBy: this.view.colourBy, labels: this.view.labels });
  }

  collapse(id: string): void {
    this.commit(collapse(this.view, id));
  }

  hide(ids: readonly string[]): void {
    this.commit(hide(this.view, ids));
  }

  unhideAll(): void {
    this.commit(unhideAll(this.view));
  }

  togglePin(id: string, position?: Position): void {
    this.commit(togglePin(this.view, id, position ?? this.view.positions[id]));
  }

  focus(ids: readonly string[]): void {
    this.commit(setFocus(this.view, ids));
  }

  setFilters(filters: Filters): void {
    this.commit({ ...this.view, filters });
  }

  setLayout(layout: LayoutName): void {
    this.commit({ ...this.view, layout });
    if (layout !== 'preset') this.layoutKey++;
  }

  relayout(): void {
    this.layoutKey++;
  }

  setSizeBy(sizeBy: SizeBy): void {
    this.commit({ ...this.view, sizeBy });
  }

  setColourBy(colourBy: ColourBy): void {
    this.commit({ ...this.view, colourBy });
  }

  setLabels(labels: LabelChoice): void {
    this.commit({ ...this.view, labels });
  }

  replaceView(view: ViewState): Promise<void> {
    return this.#run(async () => {
      const ids = [...new Set([...view.nodes, ...(view.path?.highlight.filter((id) => !id.includes('|')) ?? [])])];
      const missing = ids.filter((id) => !this.nodes.has(id));
      if (missing.length > 0 || ids.length > 0) await this.#loadAmong(ids);
      this.commit(view);
    }) as Promise<void>;
  }

  /** Positions after a drag are a step (undoable); after a layout they only complete the current step. */
  positionsChanged(positions: Record<string, Position>, reason: 'layout' | 'drag'): void {
    const merged = { ...this.view.positions, ...positions };
    const changed = Object.entries(positions).some(([id, p]) => this.view.positions[id]?.x !== p.x || this.view.positions[id]?.y !== p.y);
    if (!changed) return;
    if (reason === 'drag') this.commit({ ...this.view, positions: merged });
    else this.amend({ ...this.view, positions: merged });
  }

  // ---- selection and details ----

  select(id: string | null): void {
    if (id === this.view.selected) return;
    this.amend({ ...this.view, selected: id });
  }

  async loadDetail(id: string | null): Promise<void> {
    const ticket = ++this.#detailRequest;
    if (!id) {
      this.detail = { kind: 'none' };
      return;
    }
    this.detail = { kind: 'loading' };
    try {
      if (id.includes('|')) {
        const [from, , to] = id.split('|');
        const data = await request(this.#fetch, ExplorerEdgeDetailDocument, { ids: [from, to] });
        const edge = data.subgraph.edges.find((e) => e.id === id);
        if (ticket === this.#detailRequest) this.detail = edge ? { kind: 'edge', edge, ends: data.subgraph.nodes } : { kind: 'none' };
      } else {
        const data = await request(this.#fetch, ExplorerNodeDetailDocument, { id });
        if (ticket === this.#detailRequest) this.detail = data.node ? { kind: 'node', entity: data.node } : { kind: 'none' };
      }
    } catch (e) {
      if (ticket === this.#detailRequest) {
        this.detail = { kind: 'none' };
        this.error = e instanceof Error ? e.message : String(e);
      }
    }
  }

  // ---- analytics ----

  /** Whole-graph metrics for drawn entities that have none yet (one request). */
  async loadMetrics(): Promise<void> {
    const missing = this.view.nodes.filter((id) => !this.metrics.has(id));
    if (missing.length === 0) return;
    const data = await this.#run(() => request(this.#fetch, ExplorerMetricsDocument, { ids: missing }));
    if (!data) return;
    this.metrics = new Map([...this.metrics, ...data.explorerMetrics.map((m) => [m.id, m] as const)]);
  }

  // ---- paths ----

  async findPaths(from: string, to: string, maxLength: number): Promise<number> {
    const found = await this.#run(async () => {
      const data = await request(this.#fetch, ExplorerPathsDocument, { from, to, maxLength });
      this.paths = data.paths;
      for (const p of data.paths) this.#remember(p);
      return data.paths.length;
    });
    if (found === undefined) return 0;
    if (found === 0) {
      this.commit({ ...this.view, path: null });
      return 0;
    }
    await this.showPath(from, to, 0);
    return found;
  }

  /** Draws path `index` (adding its entities), lights it up, and fetches its links to the rest of the drawing. */
  async showPath(from: string, to: string, index: number): Promise<void> {
    const p = this.paths[index];
    if (!p) return;
    const ids = p.nodes.map((n) => n.id);
    const missing = ids.filter((id) => !this.view.nodes.includes(id));
    if (missing.length > 0) await this.#run(() => this.#loadAmong([...this.view.nodes, ...missing]));
    const next = addNodes(this.view, missing, from);
    this.commit({ ...next, path: { from, to, index, highlight: [...ids, ...p.edges.map((e) => e.id)] } });
  }

  /** After reopening a view with a path, fetch the path list again so the reader can keep stepping. */
  async restorePaths(): Promise<void> {
    const p = this.view.path;
    if (!p || this.paths.length > 0) return;
    const data = await this.#run(() => request(this.#fetch, ExplorerPathsDocument, { from: p.from, to: p.to, maxLength: 6 }));
    if (data) this.paths = data.paths;
  }

  clearPath(): void {
    this.paths = [];
    if (this.view.path) this.commit({ ...this.view, path: null });
  }
}
