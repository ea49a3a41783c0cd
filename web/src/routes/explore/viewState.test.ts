import { describe, expect, it } from 'vitest';
import {
  addNodes,
  collapse,
  descendants,
  emptyView,
  fadedIds,
  hide,
  parseViewState,
  setFocus,
  startView,
  togglePin,
  unhideAll,
  ViewFormatError,
  visibleGraph,
  yearsOverlap,
  type ViewState,
} from './viewState';

const M = 'mechanism:three-social-linkage';
const A = 'actor:social-worker';
const C = 'case:x';
const P = 'policy:y';

function expanded(): ViewState {
  let v = startView(M);
  v = addNodes(v, [A, C], M);
  v = addNodes(v, [P], C);
  return v;
}

describe('view steps', () => {
  it('adds only entities not drawn yet and remembers where they came from', () => {
    const v = addNodes(expanded(), [A, 'concept:z'], A);
    expect(v.nodes).toEqual([M, A, C, P, 'concept:z']);
    expect(v.parents).toEqual({ [A]: M, [C]: M, [P]: C, 'concept:z': A });
    expect(addNodes(v, [A])).toBe(v);
  });

  it('collapses what an expansion brought in, transitively, but keeps pinned nodes', () => {
    const v = expanded();
    expect([...descendants(v, M)].sort()).toEqual([A, C, P].sort());
    expect(collapse(v, M).nodes).toEqual([M]);
    const pinned = togglePin(v, P, { x: 1, y: 2 });
    expect(collapse(pinned, M).nodes).toEqual([M, P]);
    expect(collapse(v, C).nodes).toEqual([M, A, C]);
  });

  it('hides entities, keeps them out, and shows them again on request', () => {
    const v = { ...expanded(), selected: `${M}|INVOLVES|${A}`, focus: [A, M] };
    const h = hide(v, [A]);
    expect(h.nodes).toEqual([M, C, P]);
    expect(h.hidden).toEqual([A]);
    expect(h.selected).toBeNull(); // the selected edge touched the hidden node
    expect(h.focus).toEqual([M]);
    expect(unhideAll(h).nodes).toEqual([M, C, P, A]);
    expect(unhideAll(h).hidden).toEqual([]);
  });

  it('toggles pins and focus', () => {
    const v = togglePin(expanded(), A, { x: 5, y: 6 });
    expect(v.pinned).toEqual([A]);
    expect(v.positions[A]).toEqual({ x: 5, y: 6 });
    expect(togglePin(v, A).pinned).toEqual([]);
    const f = setFocus(v, [A, M]);
    expect(f.focus).toEqual([A, M]);
    expect(setFocus(f, [M, A]).focus).toEqual([]);
  });
});

describe('filters', () => {
  const nodes = new Map([
    [M, { id: M, type: 'Mechanism' as const, yearFrom: 2013, yearTo: null }],
    [A, { id: A, type: 'Actor' as const, yearFrom: null, yearTo: null }],
    [C, { id: C, type: 'Case' as const, yearFrom: 2001, yearTo: 2004 }],
  ]);
  const edges = [
    { id: `${M}|INVOLVES|${A}`, type: 'INVOLVES' as const, from: M, to: A, year: null },
    { id: `${C}|APPLIES|${M}`, type: 'APPLIES' as const, from: C, to: M, year: null },
  ];

  it('keep undated entities and those whose years overlap the range', () => {
    const f = { types: [], relations: [], yearFrom: 2010, yearTo: 2020 };
    expect(yearsOverlap(2013, null, f)).toBe(true);
    expect(yearsOverlap(2001, 2004, f)).toBe(false);
    expect(yearsOverlap(null, null, f)).toBe(true);
    expect(yearsOverlap(2005, 2011, f)).toBe(true);
  });

  it('combine type, relationship and year filters', () => {
    const v: ViewState = { ...emptyView(), nodes: [M, A, C] };
    expect(visibleGraph(v, nodes, edges).edges).toHaveLength(2);
    const byYear = visibleGraph({ ...v, filters: { types: [], relations: [], yearFrom: 2010, yearTo: null } }, nodes, edges);
    expect(byYear.nodes.map((n) => n.id)).toEqual([M, A]);
    expect(byYear.edges.map((e) => e.type)).toEqual(['INVOLVES']);
    const byType = visibleGraph({ ...v, filters: { types: ['Mechanism', 'Case'], relations: ['INVOLVES'], yearFrom: null, yearTo: null } }, nodes, edges);
    expect(byType.nodes.map((n) => n.id)).toEqual([M, C]);
    expect(byType.edges).toEqual([]);
  });

  it('fade everything outside the focus', () => {
    const v: ViewState = { ...emptyView(), nodes: [M, A, C], focus: [M, A] };
    const g = visibleGraph(v, nodes, edges);
    expect(fadedIds(v, g.nodes, g.edges).sort()).toEqual([C, `${C}|APPLIES|${M}`].sort());
    expect(fadedIds({ ...v, focus: [] }, g.nodes, g.edges)).toEqual([]);
  });
});

describe('parseViewState', () => {
  it('fills defaults and drops references to entities that are not drawn', () => {
    const v = parseViewState({ nodes: [M, A], pinned: [A, C], focus: [C], positions: { [M]: { x: 1, y: 2 }, [C]: { x: 0, y: 0 } }, parents: { [A]: M, [M]: C } });
    expect(v.pinned).toEqual([A]);
    expect(v.focus).toEqual([]);
    expect(v.positions).toEqual({ [M]: { x: 1, y: 2 } });
    expect(v.parents).toEqual({ [A]: M });
    expect(v.layout).toBe('fcose');
  });

  it('rejects what is not a view, naming the problem', () => {
    expect(() => parseViewState([])).toThrow(ViewFormatError);
    expect(() => parseViewState({ nodes: ['<script>'] })).toThrow(/nodes/);
    expect(() => parseViewState({ nodes: [M], layout: 'spiral' })).toThrow(/layout/);
    expect(() => parseViewState({ nodes: [M], filters: { types: ['Robot'] } })).toThrow(/types/);
    expect(() => parseViewState({ nodes: [M], filters: { relations: ['LIKES'] } })).toThrow(/relations/);
    expect(() => parseViewState({ nodes: [M], positions: { [M]: { x: 'a', y: 1 } } })).toThrow(/position/);
  });
});
