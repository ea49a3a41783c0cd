/** Record mapping, pinned with neo4j-driver's own value classes (what the driver hands the adapter). */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { nodeToRow, rowToNode } from '../recordMapping.js';
import type { NodeRecord } from '../../../../graph-schema/records.js';
import { pathToRecord } from './Neo4jStore.js';
import { toPlain, toPlainRow, type PlainPath } from './neo4jValues.js';

const { Node, Relationship, Path, PathSegment } = neo4j.types;

const mechanism: NodeRecord = {
  id: 'mechanism:three-social-linkage',
  type: 'Mechanism',
  sources: [{ doc: '002_63d1d70768eea201', locator: '二、(一)' }],
  props: {
    nameZh: '三社联动', nameEn: 'Three-social linkage', summaryZh: null, summaryEn: null,
    aliases: ['三社联动机制'], yearFrom: 2013, yearTo: null, dimensions: ['subject', 'resource'], partKind: null,
  },
};
const city: NodeRecord = {
  id: 'city:shanghai', type: 'City', sources: [],
  props: {
    nameZh: '上海', nameEn: 'Shanghai', summaryZh: null, summaryEn: null, aliases: [], yearFrom: null, yearTo: null,
    province: '上海市', adminLevel: 'municipality', sizeClass: 'megacity', population: 24_870_895, adminCode: '310000', lat: 31.23, lng: 121.47,
  },
};

/** How a stored node comes back: null properties are absent, integers are driver Integers. */
function storedProperties(node: NodeRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(nodeToRow(node))) {
    if (v === null) continue;
    out[k] = typeof v === 'number' && ['yearFrom', 'yearTo', 'population'].includes(k) ? neo4j.int(v) : v;
  }
  return out;
}

const driverNode = (identity: number, node: NodeRecord) =>
  new Node(neo4j.int(identity), ['Entity', node.type], storedProperties(node), `4:db:${identity}`);

describe('toPlain: integers', () => {
  it('turns a driver Integer into a number', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int(-7))).toBe(-7);
    expect(toPlain(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses an Integer a JS number cannot hold exactly', () => {
    expect(() => toPlain(neo4j.int('9007199254740993'))).toThrow(RangeError);
    expect(() => toPlain(neo4j.int('-9223372036854775808'))).toThrow(/outside the safe range/);
    expect(() => toPlain(9007199254740993n)).toThrow(RangeError);
  });

  it('keeps floats, strings, booleans and null as they are', () => {
    expect(toPlain(31.23)).toBe(31.23);
    expect(toPlain('上海')).toBe('上海');
    expect(toPlain(true)).toBe(true);
    expect(toPlain(null)).toBeNull();
    expect(toPlain(undefined)).toBeNull();
  });
});

describe('toPlain: lists, maps, temporals', () => {
  it('converts nested lists and maps all the way down', () => {
    const value = { counts: [neo4j.int(1), [neo4j.int(2), { deep: neo4j.int(3) }]], label: 'x', none: null };
    expect(toPlain(value)).toEqual({ counts: [1, [2, { deep: 3 }]], label: 'x', none: null });
  });

  it('turns Date and DateTime into ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2019, 3, 1))).toBe('2019-03-01');
    expect(toPlain(new neo4j.types.DateTime(2019, 3, 1, 9, 30, 0, 0, 8 * 3600))).toBe('2019-03-01T09:30:00+08:00');
    expect(toPlain(new neo4j.types.LocalDateTime(2019, 3, 1, 9, 30, 0, 0))).toBe('2019-03-01T09:30:00');
    expect(toPlain({ issued: new neo4j.types.Date(2019, 3, 1) })).toEqual({ issued: '2019-03-01' });
  });

  it('refuses values it does not know rather than passing driver objects on', () => {
    expect(() => toPlain(new Map([['a', 1]]))).toThrow(TypeError);
  });
});

describe('toPlain: graph values', () => {
  it('turns a Node into its converted properties, and rowToNode into a NodeRecord', () => {
    const plain = toPlain(driverNode(1, city)) as Record<string, unknown>;
    expect(plain.population).toBe(24_870_895);
    expect(plain).not.toHaveProperty('elementId');
    expect(rowToNode(plain)).toEqual(city);
  });

  it('round-trips a node with sources, lists and an integer year', () => {
    expect(rowToNode(toPlain(driverNode(2, mechanism)) as Record<string, unknown>)).toEqual(mechanism);
  });

  it('turns a Relationship into its converted properties', () => {
    const rel = new Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), 'HAS_PART', { order: neo4j.int(2), sources: '[]' });
    expect(toPlain(rel)).toEqual({ order: 2, sources: '[]' });
  });

  it('converts every field of a record', () => {
    expect(toPlainRow({ type: 'City', count: neo4j.int(12) })).toEqual({ type: 'City', count: 12 });
  });
});

describe('paths', () => {
  const caseNode: NodeRecord = {
    id: 'case:shanghai-practice', type: 'Case', sources: [],
    props: { nameZh: '上海实践', nameEn: null, summaryZh: null, summaryEn: null, aliases: [], yearFrom: null, yearTo: null, locality: null, dimension: null },
  };
  const a = driverNode(10, caseNode);
  const b = driverNode(11, mechanism);
  const c = driverNode(12, city);
  const applies = new Relationship(neo4j.int(20), a.identity, b.identity, 'APPLIES', { sources: '[]', sourceDocs: [] }, '5:db:20', a.elementId, b.elementId);
  const originated = new Relationship(
    neo4j.int(21), b.identity, c.identity, 'ORIGINATED_IN', { year: neo4j.int(2013), sources: '[{"doc":"d","locator":"1"}]' }, '5:db:21', b.elementId, c.elementId,
  );

  it('converts a Path into nodes in walking order and relationships with their end node element ids', () => {
    const path = new Path(a, c, [new PathSegment(a, applies, b), new PathSegment(b, originated, c)]);
    const plain = toPlain(path) as PlainPath;
    expect(plain.nodes.map((n) => n.elementId)).toEqual(['4:db:10', '4:db:11', '4:db:12']);
    expect(plain.rels).toEqual([
      { type: 'APPLIES', startNodeElementId: '4:db:10', endNodeElementId: '4:db:11', properties: { sources: '[]', sourceDocs: [] } },
      { type: 'ORIGINATED_IN', startNodeElementId: '4:db:11', endNodeElementId: '4:db:12', properties: { year: 2013, sources: '[{"doc":"d","locator":"1"}]' } },
    ]);
  });

  it('maps a Path to a PathRecord the way Neo4jStore does', () => {
    const record = pathToRecord(toPlain(new Path(a, c, [new PathSegment(a, applies, b), new PathSegment(b, originated, c)])) as PlainPath);
    expect(record.nodes.map((n) => n.id)).toEqual(['case:shanghai-practice', 'mechanism:three-social-linkage', 'city:shanghai']);
    expect(record.nodes[1]).toEqual(mechanism);
    expect(record.edges).toEqual([
      { id: 'case:shanghai-practice|APPLIES|mechanism:three-social-linkage', type: 'APPLIES', from: 'case:shanghai-practice', to: 'mechanism:three-social-linkage', sources: [], props: { noteZh: null, noteEn: null } },
      {
        id: 'mechanism:three-social-linkage|ORIGINATED_IN|city:shanghai', type: 'ORIGINATED_IN', from: 'mechanism:three-social-linkage', to: 'city:shanghai',
        sources: [{ doc: 'd', locator: '1' }], props: { noteZh: null, noteEn: null, year: 2013 },
      },
    ]);
  });

  it('keeps a relationship in its stored direction when the path walks it backwards', () => {
    // city <-ORIGINATED_IN- mechanism: the path starts at the city, the relationship still runs mechanism → city.
    const record = pathToRecord(toPlain(new Path(c, b, [new PathSegment(c, originated, b)])) as PlainPath);
    expect(record.nodes.map((n) => n.id)).toEqual(['city:shanghai', 'mechanism:three-social-linkage']);
    expect(record.edges[0]).toMatchObject({ from: 'mechanism:three-social-linkage', to: 'city:shanghai', type: 'ORIGINATED_IN' });
  });

  it('maps a zero-length path to its one node', () => {
    expect(pathToRecord(toPlain(new Path(a, a, [])) as PlainPath)).toEqual({ nodes: [rowToNode(toPlain(a) as Record<string, unknown>)], edges: [] });
  });
});
