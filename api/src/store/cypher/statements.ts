/**
 * Every Cypher statement the stores send, for both dialects. Values always travel as parameters; the only
 * text built from data is a label, relationship type or path bound taken from graph-schema/model.ts
 * (a closed set), never from a request.
 */
import { NODE_TYPE_NAMES, REL_TYPE_NAMES, type NodeType, type RelType } from '../../../../graph-schema/model.js';
import { NODE_COLUMNS, NODE_PROP_COLUMNS, REL_PROP_COLUMNS, REL_COLUMNS, type Column } from '../../../../graph-schema/columns.js';

export type Dialect = 'kuzu' | 'neo4j';

/** The longest path the API may ask for; bounds in variable-length patterns cannot be parameters. */
export const MAX_PATH_LENGTH = 6;

/** Relationship pattern and how to read its type: Kuzu keeps one rel table with a `type` column. */
const rel = (d: Dialect, v: string) => (d === 'kuzu' ? `${v}:Link` : v);
const relType = (d: Dialect, v: string) => (d === 'kuzu' ? `${v}.type` : `type(${v})`);
const listHas = (d: Dialect, list: string, x: string) => (d === 'kuzu' ? `list_contains(${list}, ${x})` : `${x} IN ${list}`);

/**
 * Type, source and period filter on node variable `v`; parameters $types, $sourceDoc, $yearFrom, $yearTo.
 * $types (like $relations) is never empty: "no filter" is sent as every type, because Kuzu cannot type an
 * empty list parameter (it crashes).
 */
function nodeFilter(d: Dialect, v: string): string {
  return [
    `${v}.type IN $types`,
    `($sourceDoc IS NULL OR ${listHas(d, `${v}.sourceDocs`, '$sourceDoc')})`,
    `($yearTo IS NULL OR ${v}.yearFrom IS NULL OR ${v}.yearFrom <= $yearTo)`,
    `($yearFrom IS NULL OR coalesce(${v}.yearTo, ${v}.yearFrom) IS NULL OR coalesce(${v}.yearTo, ${v}.yearFrom) >= $yearFrom)`,
  ].join(' AND ');
}

const SEARCH_MATCH = 'all(t IN $tokens WHERE n.searchText CONTAINS t)';
const SEARCH_RANK =
  'CASE WHEN n.nameZh = $raw OR lower(n.nameEn) = $lower THEN 0 ' +
  'WHEN n.nameZh STARTS WITH $raw OR lower(n.nameEn) STARTS WITH $lower THEN 1 ELSE 2 END';

export const read = {
  nodesByIds: (_d: Dialect) => 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n',
  search: (d: Dialect) =>
    `MATCH (n:Entity) WHERE ${SEARCH_MATCH} AND ${nodeFilter(d, 'n')} ` +
    `RETURN n ORDER BY ${SEARCH_RANK}, size(n.nameZh), n.id SKIP $skip LIMIT $limit`,
  searchCount: (d: Dialect) => `MATCH (n:Entity) WHERE ${SEARCH_MATCH} AND ${nodeFilter(d, 'n')} RETURN count(n) AS total`,
  entities: (d: Dialect) => `MATCH (n:Entity) WHERE ${nodeFilter(d, 'n')} RETURN n ORDER BY n.type, n.id SKIP $skip LIMIT $limit`,
  entitiesCount: (d: Dialect) => `MATCH (n:Entity) WHERE ${nodeFilter(d, 'n')} RETURN count(n) AS total`,
  /** Outgoing and incoming neighbours are two statements: Kuzu cannot tell an undirected match's direction. */
  neighboursOut: (d: Dialect) =>
    `MATCH (a:Entity)-[${rel(d, 'r')}]->(n:Entity) WHERE a.id IN $ids AND ${relType(d, 'r')} IN $relations AND ${nodeFilter(d, 'n')} ` +
    `RETURN a.id AS anchor, ${relType(d, 'r')} AS relType, r, n ORDER BY anchor, relType, n.id LIMIT $limit`,
  neighboursIn: (d: Dialect) =>
    `MATCH (a:Entity)<-[${rel(d, 'r')}]-(n:Entity) WHERE a.id IN $ids AND ${relType(d, 'r')} IN $relations AND ${nodeFilter(d, 'n')} ` +
    `RETURN a.id AS anchor, ${relType(d, 'r')} AS relType, r, n ORDER BY anchor, relType, n.id LIMIT $limit`,
  degrees: (d: Dialect) => `MATCH (a:Entity)-[${rel(d, 'r')}]-(:Entity) WHERE a.id IN $ids RETURN a.id AS id, count(r) AS degree`,
  shortestPaths: (d: Dialect, maxLength: number) => {
    const k = Math.trunc(maxLength);
    if (!(k >= 1 && k <= MAX_PATH_LENGTH)) throw new RangeError(`path length must be 1–${MAX_PATH_LENGTH}`);
    return d === 'kuzu'
      ? `MATCH p = (a:Entity)-[:Link* ALL SHORTEST 1..${k}]-(b:Entity) WHERE a.id = $from AND b.id = $to RETURN nodes(p) AS pathNodes, rels(p) AS pathRels LIMIT $limit`
      : `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = allShortestPaths((a)-[*..${k}]-(b)) RETURN p LIMIT $limit`;
  },
  nodeCounts: (_d: Dialect) => 'MATCH (n:Entity) RETURN n.type AS type, count(n) AS count',
  edgeCounts: (d: Dialect) => `MATCH (:Entity)-[${rel(d, 'r')}]->(:Entity) RETURN ${relType(d, 'r')} AS type, count(r) AS count`,
  dumpNodes: (_d: Dialect) => 'MATCH (n:Entity) RETURN n ORDER BY n.id',
  dumpEdges: (d: Dialect) =>
    `MATCH (a:Entity)-[${rel(d, 'r')}]->(b:Entity) RETURN a.id AS from, ${relType(d, 'r')} AS relType, b.id AS to, r ORDER BY from, relType, to`,
};

const kuzuType = (c: Column) => ({ string: 'STRING', int: 'INT64', float: 'DOUBLE', 'string[]': 'STRING[]' })[c.kind];
/** Property names are back-quoted: some (`order`) are reserved words in Cypher. */
const q = (name: string) => `\`${name}\``;
/**
 * Kuzu infers a parameter list's field types from the values in it, so a batch where every yearFrom is null
 * has no type at all (or the wrong one): cast every column to its declared type.
 */
const value = (d: Dialect, c: Column) => (d === 'kuzu' ? `CAST(row.${q(c.name)} AS ${kuzuType(c)})` : `row.${q(c.name)}`);
const propMap = (d: Dialect, cols: Column[]) => cols.map((c) => `${q(c.name)}: ${value(d, c)}`).join(', ');

export const schema = {
  kuzu: (): string[] => [
    `CREATE NODE TABLE IF NOT EXISTS Entity(${NODE_COLUMNS.map((c) => `${q(c.name)} ${kuzuType(c)}${c.name === 'id' ? ' PRIMARY KEY' : ''}`).join(', ')})`,
    `CREATE REL TABLE IF NOT EXISTS Link(FROM Entity TO Entity, ${REL_COLUMNS.map((c) => `${q(c.name)} ${kuzuType(c)}`).join(', ')})`,
  ],
  neo4j: (): string[] => [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
    'CREATE TEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON (n.searchText)',
  ],
};

export const write = {
  /** Kuzu: one statement for all nodes. Neo4j: one per type, so each node also carries its type as a label. */
  /** Kuzu batches start with a typing row (see KuzuStore) whose empty id this filter drops. */
  insertNodes: (d: Dialect, type?: NodeType) =>
    d === 'kuzu'
      ? `UNWIND $rows AS row WITH row WHERE row.id <> '' CREATE (n:Entity {${propMap(d, NODE_COLUMNS)}})`
      : `UNWIND $rows AS row CREATE (n:Entity${type ? `:${type}` : ''} {${propMap(d, NODE_COLUMNS)}})`,
  insertEdges: (d: Dialect, type?: RelType) => {
    const cols = d === 'kuzu' ? REL_COLUMNS : REL_COLUMNS.filter((c) => c.name !== 'type');
    const label = d === 'kuzu' ? 'Link' : type;
    return `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) CREATE (a)-[:${label} {${propMap(d, cols)}}]->(b)`;
  },
  deleteAll: (_d: Dialect) => 'MATCH (n:Entity) DETACH DELETE n',
};

/** Every statement the Neo4j adapter can send, for the parser test. */
export function allNeo4jStatements(): string[] {
  const d: Dialect = 'neo4j';
  const reads = Object.entries(read).flatMap(([name, fn]) =>
    name === 'shortestPaths' ? Array.from({ length: MAX_PATH_LENGTH }, (_, i) => read.shortestPaths(d, i + 1)) : [(fn as (d: Dialect) => string)(d)],
  );
  return [
    ...reads,
    ...schema.neo4j(),
    ...NODE_TYPE_NAMES.map((t) => write.insertNodes(d, t)),
    ...REL_TYPE_NAMES.map((t) => write.insertEdges(d, t)),
    write.deleteAll(d),
  ];
}

export { NODE_PROP_COLUMNS, REL_PROP_COLUMNS };
