import { describe, expect, it } from 'vitest';
import type { EdgeData, NodeData } from './toElements';
import { nodeLabel, nodeSize, NODE_SIZE, toElements, type SubgraphInput } from './toElements';
import { communityColour, PALE_GREY, typeStyle } from './palette';

const graph: SubgraphInput = {
  nodes: [
    { id: 'mechanism:three-social-linkage', type: 'Mechanism', nameZh: '三社联动', nameEn: 'Three-Social Linkage', degree: 5 },
    { id: 'actor:social-worker', type: 'Actor', nameZh: '社会工作者', nameEn: 'Social worker', degree: 1 },
    { id: 'case:x', type: 'Case', nameZh: '案例', nameEn: '', degree: null },
  ],
  edges: [
    { id: 'mechanism:three-social-linkage|INVOLVES|actor:social-worker', type: 'INVOLVES', from: 'mechanism:three-social-linkage', to: 'actor:social-worker' },
    { id: 'case:x|APPLIES|mechanism:three-social-linkage', type: 'APPLIES', from: 'case:x', to: 'mechanism:three-social-linkage' },
    { id: 'case:x|APPLIES|mechanism:gone', type: 'APPLIES', from: 'case:x', to: 'mechanism:gone' },
  ],
};

const nodeData = (els: ReturnType<typeof toElements>, id: string) => els.find((e) => e.group === 'nodes' && e.data.id === id)?.data as NodeData;
const edgeIds = (els: ReturnType<typeof toElements>) => els.filter((e) => e.group === 'edges').map((e) => e.data.id);

describe('toElements', () => {
  it('puts nodes before edges and drops edges whose ends are not drawn', () => {
    const els = toElements(graph);
    expect(els.map((e) => e.group)).toEqual(['nodes', 'nodes', 'nodes', 'edges', 'edges']);
    expect(edgeIds(els)).not.toContain('case:x|APPLIES|mechanism:gone');
    const edge = els[3].data as EdgeData;
    expect(edge).toMatchObject({ source: 'mechanism:three-social-linkage', target: 'actor:social-worker', type: 'INVOLVES' });
  });

  it('keeps the first of duplicate nodes and edges', () => {
    const els = toElements({ nodes: [...graph.nodes, { ...graph.nodes[0], nameZh: '重复' }], edges: [...graph.edges, graph.edges[0]] });
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(3);
    expect(nodeData(els, 'mechanism:three-social-linkage').name).toBe('三社联动');
    expect(edgeIds(els)).toHaveLength(2);
  });

  it('counts the neighbours hidden behind a node from its degree and shows them as +N', () => {
    const els = toElements(graph, { labels: 'en' });
    const hub = nodeData(els, 'mechanism:three-social-linkage');
    expect(hub.hidden).toBe(3); // degree 5, two relationships drawn
    expect(hub.label).toBe('Three-Social Linkage +3');
    expect(els.find((e) => e.data.id === 'mechanism:three-social-linkage')?.classes).toContain('has-hidden');
    expect(nodeData(els, 'actor:social-worker').hidden).toBe(0);
    expect(nodeData(els, 'case:x').hidden).toBe(0); // no degree known: nothing claimed hidden
    expect(nodeData(toElements(graph, { hiddenCounts: false }), 'mechanism:three-social-linkage').label).toBe('三社联动');
  });

  it('labels in Chinese, English or both, falling back to the other language', () => {
    expect(nodeLabel(graph.nodes[0], 'zh')).toBe('三社联动');
    expect(nodeLabel(graph.nodes[0], 'en')).toBe('Three-Social Linkage');
    expect(nodeLabel(graph.nodes[0], 'both')).toBe('三社联动\nThree-Social Linkage');
    expect(nodeLabel(graph.nodes[2], 'en')).toBe('案例');
    expect(nodeLabel(graph.nodes[2], 'both')).toBe('案例');
  });

  it('cuts long names on the canvas but keeps the whole name in the data', () => {
    const long = { id: 'pub:x', type: 'Publication' as const, nameZh: '基于第三批全国社区治理和服务创新实验区的案例分析', nameEn: 'A case analysis', degree: 0 };
    const els = toElements({ nodes: [long], edges: [] }, { maxLabelLength: 10 });
    expect(nodeData(els, 'pub:x').label).toBe('基于第三批全国社区…');
    expect([...nodeData(els, 'pub:x').label]).toHaveLength(10);
    expect(nodeData(toElements({ nodes: [long], edges: [] }, { maxLabelLength: 0 }), 'pub:x').label).toBe(long.nameZh);
  });

  it('colours by type with a shape per type, or by community rank with grey for the unranked', () => {
    const byType = toElements(graph);
    expect(nodeData(byType, 'actor:social-worker')).toMatchObject({ colour: typeStyle('Actor').colour, shape: typeStyle('Actor').shape });
    const byCommunity = toElements(graph, { colourBy: 'community', communities: { 'mechanism:three-social-linkage': 0, 'actor:social-worker': 12 } });
    expect(nodeData(byCommunity, 'mechanism:three-social-linkage').colour).toBe(communityColour(0));
    expect(nodeData(byCommunity, 'actor:social-worker').colour).toBe(PALE_GREY);
    expect(nodeData(byCommunity, 'case:x').colour).toBe(PALE_GREY);
    // The shape still tells the type when colour means community.
    expect(nodeData(byCommunity, 'case:x').shape).toBe(typeStyle('Case').shape);
  });

  it('sizes nodes by a relative measure, by area, within bounds', () => {
    const els = toElements(graph, { sizes: { 'mechanism:three-social-linkage': 1, 'actor:social-worker': 0.25 } });
    expect(nodeData(els, 'mechanism:three-social-linkage').size).toBe(NODE_SIZE.max);
    expect(nodeData(els, 'actor:social-worker').size).toBe(Math.round(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * 0.5));
    expect(nodeData(els, 'case:x').size).toBe(NODE_SIZE.default);
    expect(nodeSize(7)).toBe(NODE_SIZE.max);
    expect(nodeSize(-1)).toBe(NODE_SIZE.min);
    expect(nodeSize(Number.NaN)).toBe(NODE_SIZE.default);
  });

  it('marks highlighted, faded and pinned elements with classes, and carries positions', () => {
    const els = toElements(graph, {
      highlighted: ['mechanism:three-social-linkage', 'actor:social-worker'],
      faded: ['case:x'],
      pinned: ['actor:social-worker'],
      positions: { 'actor:social-worker': { x: 10, y: -20 } },
    });
    const byId = new Map(els.map((e) => [e.data.id, e]));
    expect(byId.get('actor:social-worker')?.classes).toEqual(['highlighted', 'pinned']);
    expect(byId.get('actor:social-worker')?.position).toEqual({ x: 10, y: -20 });
    expect(byId.get('mechanism:three-social-linkage')?.position).toBeUndefined();
    // An edge between two highlighted nodes lights up; an edge touching a faded node fades.
    expect(byId.get('mechanism:three-social-linkage|INVOLVES|actor:social-worker')?.classes).toEqual(['highlighted']);
    expect(byId.get('case:x|APPLIES|mechanism:three-social-linkage')?.classes).toEqual(['faded']);
  });

  it('lights only the path’s own edges when the highlight names edges', () => {
    const els = toElements(graph, { highlighted: ['case:x', 'mechanism:three-social-linkage', 'actor:social-worker', 'case:x|APPLIES|mechanism:three-social-linkage'] });
    const classes = (id: string) => els.find((e) => e.data.id === id)?.classes;
    expect(classes('case:x|APPLIES|mechanism:three-social-linkage')).toEqual(['highlighted']);
    expect(classes('mechanism:three-social-linkage|INVOLVES|actor:social-worker')).toEqual([]);
  });

  it('labels edges and drops arrows only where asked', () => {
    const els = toElements(graph, { edgeLabel: (t) => `rel ${t}`, undirected: (t) => t === 'INVOLVES' });
    const edges = els.filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data.label)).toEqual(['rel INVOLVES', 'rel APPLIES']);
    expect(edges.map((e) => e.classes)).toEqual([['undirected'], []]);
  });
});
