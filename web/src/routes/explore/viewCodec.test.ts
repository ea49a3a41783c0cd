import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, fromCompact, toCompact, viewFromUrl } from './viewCodec';
import { addNodes, emptyView, hide, startView, togglePin, ViewFormatError, type ViewState } from './viewState';

const M = 'mechanism:three-social-linkage';
const A = 'actor:social-worker';
const C = 'case:shanghai-x';

function richView(): ViewState {
  let v = addNodes(startView(M), [A, C], M);
  v = hide(addNodes(v, ['policy:gone'], A), ['policy:gone']);
  v = togglePin(v, A, { x: -40, y: 12 });
  return {
    ...v,
    positions: { [M]: { x: 0, y: 0 }, [A]: { x: -40, y: 12 }, [C]: { x: 88, y: -130 } },
    focus: [M, C],
    selected: `${C}|APPLIES|${M}`,
    filters: { types: ['Mechanism', 'Case', 'Actor'], relations: ['APPLIES'], yearFrom: 2000, yearTo: null },
    layout: 'concentric',
    sizeBy: 'pagerank',
    colourBy: 'community',
    labels: 'both',
    path: { from: C, to: A, index: 1, highlight: [C, M, A, `${C}|APPLIES|${M}`, `${M}|INVOLVES|${A}`] },
  };
}

describe('view URL round trip', () => {
  it('reopens exactly the same view: nodes, positions, pins, filters, styling, path', async () => {
    const v = richView();
    expect(await decodeView(await encodeView(v))).toEqual(v);
  });

  it('round-trips the empty view and a freshly started one', async () => {
    expect(await decodeView(await encodeView(emptyView()))).toEqual(emptyView());
    expect(await decodeView(await encodeView(startView(M)))).toEqual(startView(M));
  });

  it('round-trips any view the explorer can make (property test)', async () => {
    const id = fc.constantFrom(M, A, C, 'concept:a', 'city:shanghai', 'pub:2019-x');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(id, { minLength: 1 }), fc.integer({ min: -5000, max: 5000 }), fc.constantFrom('fcose', 'preset', 'breadthfirst'), async (nodes, x, layout) => {
        const v: ViewState = { ...emptyView(), nodes, positions: Object.fromEntries(nodes.map((n, i) => [n, { x: x + i, y: 7 - x }])), pinned: nodes.slice(0, 1), layout: layout as ViewState['layout'] };
        expect(await decodeView(await encodeView(v))).toEqual(v);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps a 100-entity permalink short', async () => {
    const nodes = Array.from({ length: 100 }, (_, i) => `mechanism:some-mechanism-name-${i}`);
    const v: ViewState = { ...emptyView(), nodes, positions: Object.fromEntries(nodes.map((n, i) => [n, { x: i * 37, y: i * -23 }])) };
    expect((await encodeView(v)).length).toBeLessThan(2500);
  });

  it('rounds positions to whole pixels', () => {
    const v: ViewState = { ...startView(M), positions: { [M]: { x: 1.4, y: -2.6 } } };
    expect(fromCompact(toCompact(v)).positions[M]).toEqual({ x: 1, y: -3 });
  });

  it('rejects damaged, foreign or hostile parameters with a ViewFormatError', async () => {
    await expect(decodeView('%%%')).rejects.toThrow(ViewFormatError);
    await expect(decodeView('AAAA')).rejects.toThrow(ViewFormatError);
    await expect(decodeView(await encodeView({ ...startView(M), nodes: ['javascript:alert(1) x'] }))).rejects.toThrow(ViewFormatError);
    expect(() => fromCompact({ v: 2, n: [] })).toThrow(/version/);
    expect(() => fromCompact({ v: 1, n: [M], pin: [3] })).toThrow(/range/);
  });
});

describe('viewFromUrl', () => {
  it('starts from ?focus= when there is no view, and reports a damaged ?v=', async () => {
    expect(await viewFromUrl(new URL(`http://x/explore?focus=${encodeURIComponent(M)}`))).toEqual({ view: null, error: null, focus: M });
    expect((await viewFromUrl(new URL('http://x/explore?v=zzzz'))).error).toBeTruthy();
    expect((await viewFromUrl(new URL('http://x/explore?focus=%3Cb%3E'))).focus).toBeNull();
  });
});
