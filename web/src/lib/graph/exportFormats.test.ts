import { describe, expect, it } from 'vitest';
import { csvCell, edgesCsv, nodesCsv, toGraphml, toJson, type ExportGraph } from './exportFormats';

const graph: ExportGraph = {
  nodes: [
    { id: 'mechanism:three-social-linkage', type: 'Mechanism', nameZh: '三社联动', nameEn: 'Three-Social Linkage', yearFrom: 2013, degree: 40, x: 10.4, y: -3, metrics: { pagerank: 0.01 } },
    { id: 'actor:a&b', type: 'Actor', nameZh: '“社工”, 志愿者', nameEn: '=HYPERLINK("x")', degree: 2 },
  ],
  edges: [{ id: 'mechanism:three-social-linkage|INVOLVES|actor:a&b', type: 'INVOLVES', from: 'mechanism:three-social-linkage', to: 'actor:a&b', year: null }],
};

describe('CSV export', () => {
  it('writes one row per visible node and edge, with a header, quoting commas and quotes', () => {
    const nodes = nodesCsv(graph).trimEnd().split('\r\n');
    expect(nodes).toHaveLength(3);
    expect(nodes[0]).toBe('id,type,nameZh,nameEn,yearFrom,yearTo,degree,x,y,pagerank');
    expect(nodes[1]).toBe('mechanism:three-social-linkage,Mechanism,三社联动,Three-Social Linkage,2013,,40,10,-3,0.01');
    expect(nodes[2]).toContain('"“社工”, 志愿者"');
    const edges = edgesCsv(graph).trimEnd().split('\r\n');
    expect(edges).toEqual(['Id,Source,Target,Type,Label,Year', 'mechanism:three-social-linkage|INVOLVES|actor:a&b,mechanism:three-social-linkage,actor:a&b,Directed,INVOLVES,']);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
  });
});

describe('GraphML export', () => {
  it('declares the attributes and writes every node and edge with escaped ids and values', () => {
    const xml = toGraphml(graph);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/);
    expect(xml).toContain('<key id="n_pagerank" for="node" attr.name="pagerank" attr.type="double"/>');
    expect(xml).toContain('<node id="actor:a&amp;b">');
    expect(xml).toContain('<data key="n_nameEn">=HYPERLINK(&quot;x&quot;)</data>');
    expect(xml).toContain('<edge id="mechanism:three-social-linkage|INVOLVES|actor:a&amp;b" source="mechanism:three-social-linkage" target="actor:a&amp;b"><data key="e_relation">INVOLVES</data></edge>');
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(1);
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  });
});

describe('JSON export', () => {
  it('names its format and carries nodes and edges as given', () => {
    const parsed = JSON.parse(toJson(graph, { source: 'http://x/explore' }));
    expect(parsed).toMatchObject({ format: 'governance-atlas-subgraph', version: 1, source: 'http://x/explore' });
    expect(parsed.nodes).toEqual(graph.nodes);
    expect(parsed.edges).toEqual(graph.edges);
  });
});
