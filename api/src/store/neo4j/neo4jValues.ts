/**
 * Driver values → plain JS, so nothing past the adapter sees a neo4j-driver type (DESIGN, example 3).
 * Integers become numbers (refusing any that a double cannot hold exactly), temporals ISO strings,
 * nodes and relationships their converted properties, paths the small shape below.
 */
import neo4j from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain } | PlainPath;

export interface PlainPathNode {
  elementId: string;
  properties: Record<string, Plain>;
}

/** Start and end are the relationship's own direction, not the direction the path walks it. */
export interface PlainPathRel {
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, Plain>;
}

export interface PlainPath {
  /** In walking order: the start node, then each segment's end node. */
  nodes: PlainPathNode[];
  rels: PlainPathRel[];
}

function safeNumber(n: bigint | { inSafeRange(): boolean; toNumber(): number; toString(): string }): number {
  if (typeof n === 'bigint') {
    if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER)) throw new RangeError(`integer ${n} is outside the safe range`);
    return Number(n);
  }
  if (!n.inSafeRange()) throw new RangeError(`integer ${n.toString()} is outside the safe range`);
  return n.toNumber();
}

function plainMap(props: Record<string, unknown>): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toPlain(v);
  return out;
}

function plainPath(path: InstanceType<typeof neo4j.types.Path>): PlainPath {
  const node = (n: InstanceType<typeof neo4j.types.Node>): PlainPathNode => ({ elementId: n.elementId, properties: plainMap(n.properties) });
  return {
    nodes: [node(path.start), ...path.segments.map((s) => node(s.end))],
    rels: path.segments.map(({ relationship: r }) => ({
      type: r.type,
      startNodeElementId: r.startNodeElementId,
      endNodeElementId: r.endNodeElementId,
      properties: plainMap(r.properties),
    })),
  };
}

const isTemporal = (v: unknown) =>
  neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v);

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || neo4j.isInt(value)) return safeNumber(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value) || neo4j.isRelationship(value) || neo4j.isUnboundRelationship(value)) return plainMap(value.properties);
  if (neo4j.isPath(value)) return plainPath(value);
  // Temporal toString() is ISO 8601 (durations: P…T…S), the form Cypher itself prints.
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) {
    const p = { srid: safeNumber(neo4j.int(value.srid)), x: value.x, y: value.y };
    return value.z === undefined ? p : { ...p, z: value.z };
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  throw new TypeError(`unsupported driver value: ${Object.prototype.toString.call(value)}`);
}

/** A record's fields (`record.toObject()`), converted. */
export function toPlainRow(row: Record<string, unknown>): Record<string, Plain> {
  return plainMap(row);
}
