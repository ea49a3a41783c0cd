import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../../lib/generated/graphql';
import { miniGraph } from './miniGraph';

const e = (from: string, type: RelationType, to: string) => ({ id: `${from}|${type}|${to}`, type, from, to });
const C = { id: 'case:c' };

describe('miniGraph', () => {
  it('keeps the centre and its neighbours with the edges among them', () => {
    const g = miniGraph(C, [{ id: 'mechanism:m' }, { id: 'city:x' }], [e('case:c', 'APPLIES', 'mechanism:m'), e('case:c', 'LOCATED_IN', 'city:x')]);
    expect(g.nodes.map((n) => n.id)).toEqual(['case:c', 'mechanism:m', 'city:x']);
    expect(g.edges).toHaveLength(2);
    expect(g.total).toBe(2);
  });

  it('keeps the first neighbours in the related list’s order when there are too many', () => {
    const nodes = [{ id: 'pub:p' }, { id: 'mechanism:m' }, { id: 'city:x' }];
    const edges = [e('pub:p', 'DISCUSSES', 'case:c'), e('case:c', 'LOCATED_IN', 'city:x'), e('case:c', 'APPLIES', 'mechanism:m')];
    const g = miniGraph(C, nodes, edges, 2);
    expect(g.nodes.map((n) => n.id)).toEqual(['case:c', 'mechanism:m', 'city:x']);
    expect(g.edges.map((x) => x.to)).toEqual(['city:x', 'mechanism:m']);
    expect(g.total).toBe(3);
  });

  it('ignores self-loops and edges to entities it was not given', () => {
    const g = miniGraph(C, [], [e('case:c', 'EXTENDS', 'case:c'), e('case:c', 'APPLIES', 'mechanism:missing')]);
    expect(g.nodes).toEqual([C]);
    expect(g.edges).toEqual([]);
  });
});
