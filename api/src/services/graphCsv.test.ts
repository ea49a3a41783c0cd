import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph-schema/records.js';
import { csvCell, edgesCsv, nodesCsv } from './graphCsv.js';

const graph: GraphData = {
  nodes: [
    {
      id: 'mechanism:b', type: 'Mechanism', sources: [{ doc: '002_x', locator: '三、(二)' }],
      props: { nameZh: '公益银行', nameEn: 'Charity Bank, "three-tier"', summaryZh: '第一行\n第二行', summaryEn: null, aliases: ['a', 'b'], yearFrom: 2015, yearTo: null, dimensions: ['institution'], partKind: null },
    },
    { id: 'city:a', type: 'City', sources: [], props: { nameZh: '=HYPERLINK("x")', nameEn: 'A', population: 5, lat: -31.5 } },
  ],
  edges: [{ id: 'city:a|APPLIES|mechanism:b', type: 'APPLIES', from: 'city:a', to: 'mechanism:b', sources: [{ doc: 'pub:p', locator: '' }], props: { noteZh: null } }],
};

describe('graph CSV', () => {
  it('quotes commas, quotes and line breaks, and keeps plain cells plain', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('x\ny')).toBe('"x\ny"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['a', 'b'])).toBe('a | b');
  });

  it('neutralises cells a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('-31.5')).toBe('-31.5');
    expect(csvCell(-2)).toBe('-2');
  });

  it('writes one row per node, sorted by id, with a BOM for spreadsheets and type properties as JSON', () => {
    const lines = nodesCsv(graph).split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,type,nameZh,nameEn,yearFrom,yearTo,summaryZh,summaryEn,aliases,properties,sources');
    expect(lines[1]).toBe(`city:a,City,"'=HYPERLINK(""x"")",A,,,,,,"{""population"":5,""lat"":-31.5}",`);
    expect(nodesCsv(graph)).toContain('mechanism:b,Mechanism,公益银行,"Charity Bank, ""three-tier""",2015,,"第一行\n第二行",,a | b,"{""dimensions"":[""institution""]}",002_x § 三、(二)');
  });

  it('writes one row per edge with its ends and sources', () => {
    expect(edgesCsv(graph).split('\r\n').slice(0, 2)).toEqual(['\uFEFFid,type,from,to,properties,sources', 'city:a|APPLIES|mechanism:b,APPLIES,city:a,mechanism:b,,pub:p']);
  });
});
