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

/**
 * Kuzu keeps each node's and relationship's record as JSON in one more column, `record` (see
 * embedded/kuzuRows.ts, issue 8): reads return `{id, type, record}` rather than the engine's own value, which
 * costs a scan of every column and a conversion of every value.
 */
const RECORD: Column = { name: 'record', kind: 'string' };
export const KUZU_NODE_COLUMNS: Column[] = [...NODE_COLUMNS, RECORD];
export const KUZU_REL_COLUMNS: Column[] = [...REL_COLUMNS, RECORD];
/** `v`, or in Kuzu `{…} AS v`: what a RETURN lists for a node or relationship variable. */
const nodeOut = (d: Dialect, v: string) => (d === 'kuzu' ? `{id: ${v}.id, type: ${v}.type, record: ${v}.record} AS ${v}` : v);
const relOut = (d: Dialect, v: string) => (d === 'kuzu' ? `{type: ${v}.type, record: ${v}.record} AS ${v}` : v);

/**
 * One level of neighbours. In Kuzu the anchor must be the only condition in the MATCH (issue 8), so the plan
 * starts at the anchor (a primary-key lookup for `a.id = $id`, a filtered scan for a list) and extends from
 * it; with the filters on `n` in the MATCH it scanned every node and relationship instead (seconds at 1M
 * relationships). KuzuStore sends kuzuRead.neighbours, which also leaves out filters not in use. Neo4j's
 * planner needs no such help.
 */
function neighbours(d: Dialect, arrow: '->' | '<-', anchor: string): string {
  const pattern = arrow === '->' ? `(a:Entity)-[${rel(d, 'r')}]->(n:Entity)` : `(a:Entity)<-[${rel(d, 'r')}]-(n:Entity)`;
  const filter = `${relType(d, 'r')} IN $relations AND ${nodeFilter(d, 'n')}`;
  const ret = `RETURN a.id AS anchor, ${relType(d, 'r')} AS relType, ${relOut(d, 'r')}, ${nodeOut(d, 'n')} ORDER BY anchor, relType, n.id LIMIT $limit`;
  return d === 'kuzu' ? `MATCH ${pattern} WHERE ${anchor} WITH a, r, n WHERE ${filter} ${ret}` : `MATCH ${pattern} WHERE ${anchor} AND ${filter} ${ret}`;
}

export const read = {
  /** Kuzu: a hash join of the ids with the table (`IN` would compare every id with every node's). */
  nodesByIds: (d: Dialect) =>
    d === 'kuzu' ? `UNWIND $ids AS x MATCH (n:Entity) WHERE n.id = x RETURN ${nodeOut(d, 'n')}` : 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n',
  /** One node: Kuzu uses its primary-key index only for equality (`IN` scans the table). */
  nodeById: (d: Dialect) => `MATCH (n:Entity) WHERE n.id = $id RETURN ${nodeOut(d, 'n')}`,
  /** Neo4j's; Kuzu finds ids first (kuzuRead.searchIds). */
  search: (d: Dialect) =>
    `MATCH (n:Entity) WHERE ${SEARCH_MATCH} AND ${nodeFilter(d, 'n')} ` +
    `RETURN n ORDER BY ${SEARCH_RANK}, size(n.nameZh), n.id SKIP $skip LIMIT $limit`,
  searchCount: (d: Dialect) => `MATCH (n:Entity) WHERE ${SEARCH_MATCH} AND ${nodeFilter(d, 'n')} RETURN count(n) AS total`,
  /** Neo4j's; Kuzu finds ids first (kuzuRead.entityIds). */
  entities: (d: Dialect) => `MATCH (n:Entity) WHERE ${nodeFilter(d, 'n')} RETURN n ORDER BY n.type, n.id SKIP $skip LIMIT $limit`,
  entitiesCount: (d: Dialect) => `MATCH (n:Entity) WHERE ${nodeFilter(d, 'n')} RETURN count(n) AS total`,
  /** Outgoing and incoming neighbours are two statements: Kuzu cannot tell an undirected match's direction. */
  neighboursOut: (d: Dialect) => neighbours(d, '->', 'a.id IN $ids'),
  neighboursIn: (d: Dialect) => neighbours(d, '<-', 'a.id IN $ids'),
  degrees: (d: Dialect) => `MATCH (a:Entity)-[${rel(d, 'r')}]-(:Entity) WHERE a.id IN $ids RETURN a.id AS id, count(r) AS degree`,
  degreeOf: (d: Dialect) => `MATCH (a:Entity)-[${rel(d, 'r')}]-(:Entity) WHERE a.id = $id RETURN a.id AS id, count(r) AS degree`,
  shortestPaths: (d: Dialect, maxLength: number) => {
    const k = Math.trunc(maxLength);
    if (!(k >= 1 && k <= MAX_PATH_LENGTH)) throw new RangeError(`path length must be 1–${MAX_PATH_LENGTH}`);
    return d === 'kuzu'
      ? `MATCH p = (a:Entity)-[:Link* ALL SHORTEST 1..${k}]-(b:Entity) WHERE a.id = $from AND b.id = $to RETURN nodes(p) AS pathNodes, rels(p) AS pathRels LIMIT $limit`
      : `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = allShortestPaths((a)-[*..${k}]-(b)) RETURN p LIMIT $limit`;
  },
  nodeCounts: (_d: Dialect) => 'MATCH (n:Entity) RETURN n.type AS type, count(n) AS count',
  edgeCounts: (d: Dialect) => `MATCH (:Entity)-[${rel(d, 'r')}]->(:Entity) RETURN ${relType(d, 'r')} AS type, count(r) AS count`,
  dumpNodes: (d: Dialect) => `MATCH (n:Entity) RETURN ${nodeOut(d, 'n')} ORDER BY n.id`,
  dumpEdges: (d: Dialect) =>
    `MATCH (a:Entity)-[${rel(d, 'r')}]->(b:Entity) RETURN a.id AS from, ${relType(d, 'r')} AS relType, b.id AS to, ${relOut(d, 'r')} ORDER BY from, relType, to`,
};

/** Search tokens spelled out one by one (`CONTAINS $t0 AND …`) up to this many; more use the list form. */
export const SEARCH_TOKENS = 8;
const tokensMatch = (tokens: number) =>
  tokens <= SEARCH_TOKENS ? Array.from({ length: tokens }, (_, i) => `n.searchText CONTAINS $t${i}`).join(' AND ') : SEARCH_MATCH;

/** Which of the node filter's parts a Kuzu statement spells out (see kuzuRead). */
export interface ActiveFilters {
  types: boolean;
  sourceDoc: boolean;
  yearFrom: boolean;
  yearTo: boolean;
}

/** nodeFilter with only the parts in use: Kuzu evaluates `$x IS NULL OR …` on every row (half a search's time). */
function activeFilter(v: string, a: ActiveFilters): string {
  const parts = [
    a.types ? `${v}.type IN $types` : '',
    a.sourceDoc ? `list_contains(${v}.sourceDocs, $sourceDoc)` : '',
    a.yearTo ? `(${v}.yearFrom IS NULL OR ${v}.yearFrom <= $yearTo)` : '',
    a.yearFrom ? `(coalesce(${v}.yearTo, ${v}.yearFrom) IS NULL OR coalesce(${v}.yearTo, ${v}.yearFrom) >= $yearFrom)` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' AND ') : 'true';
}

/**
 * Kuzu-only reads (issue 8). A Kuzu scan reads every column a query names for every row it passes, before any
 * LIMIT, so a search or a listing that returns whole nodes read all 46 columns of all nodes (1 s at 100k).
 * These find a page's ids reading only the tested columns; the store then fetches the nodes by primary key.
 * The `all(t IN $tokens …)` lambda is ~8x slower in Kuzu than the same test spelled out, and filters that are
 * not in use are left out rather than sent as nulls.
 */
export const kuzuRead = {
  searchIds: (tokens: number, f: ActiveFilters) =>
    `MATCH (n:Entity) WHERE ${tokensMatch(tokens)} AND ${activeFilter('n', f)} ` +
    `WITH n.id AS id, ${SEARCH_RANK} AS rank, size(n.nameZh) AS size ORDER BY rank, size, id SKIP $skip LIMIT $limit RETURN id`,
  searchCount: (tokens: number, f: ActiveFilters) => `MATCH (n:Entity) WHERE ${tokensMatch(tokens)} AND ${activeFilter('n', f)} RETURN count(n) AS total`,
  entityIds: (f: ActiveFilters) => `MATCH (n:Entity) WHERE ${activeFilter('n', f)} WITH n.id AS id, n.type AS type ORDER BY type, id SKIP $skip LIMIT $limit RETURN id`,
  entitiesCount: (f: ActiveFilters) => `MATCH (n:Entity) WHERE ${activeFilter('n', f)} RETURN count(n) AS total`,
  /**
   * One level of neighbours as read.neighboursOut/In, with only the filters in use: each one makes the scan that
   * reaches the neighbours read another column of 2,048 rows per neighbour. `one`: the anchor is `$id`.
   */
  neighbours: (arrow: '->' | '<-', one: boolean, f: ActiveFilters & { relations: boolean }) => {
    const pattern = arrow === '->' ? '(a:Entity)-[r:Link]->(n:Entity)' : '(a:Entity)<-[r:Link]-(n:Entity)';
    const filter = [f.relations ? 'r.type IN $relations' : '', activeFilter('n', f)].filter((x) => x && x !== 'true').join(' AND ');
    return (
      `MATCH ${pattern} WHERE ${one ? 'a.id = $id' : 'a.id IN $ids'} ${filter ? `WITH a, r, n WHERE ${filter} ` : ''}` +
      `RETURN a.id AS anchor, r.type AS relType, ${relOut('kuzu', 'r')}, ${nodeOut('kuzu', 'n')} ORDER BY anchor, relType, n.id LIMIT $limit`
    );
  },
  /** Columns of the node table: a file from before `record` has none, and is rebuilt when opened writable. */
  entityColumns: () => "CALL table_info('Entity') RETURN name",
  /** The whole graph read column by column, for that rebuild. */
  legacyDumpNodes: () => 'MATCH (n:Entity) RETURN n',
  legacyDumpEdges: () => 'MATCH (a:Entity)-[r:Link]->(b:Entity) RETURN a.id AS from, r.type AS relType, b.id AS to, r',
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
    `CREATE NODE TABLE IF NOT EXISTS Entity(${KUZU_NODE_COLUMNS.map((c) => `${q(c.name)} ${kuzuType(c)}${c.name === 'id' ? ' PRIMARY KEY' : ''}`).join(', ')})`,
    `CREATE REL TABLE IF NOT EXISTS Link(FROM Entity TO Entity, ${KUZU_REL_COLUMNS.map((c) => `${q(c.name)} ${kuzuType(c)}`).join(', ')})`,
    `CREATE NODE TABLE IF NOT EXISTS AuditEntry(${AUDIT_TABLE.map((c) => `${q(c.name)} ${kuzuType(c)}${c.name === 'id' ? ' PRIMARY KEY' : ''}`).join(', ')})`,
  ],
  neo4j: (): string[] => [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
    'CREATE TEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON (n.searchText)',
    'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE',
    'CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at)',
  ],
};

export const write = {
  /** Kuzu: one statement for all nodes. Neo4j: one per type, so each node also carries its type as a label. */
  /** Kuzu batches start with a typing row (see KuzuStore) whose empty id this filter drops. */
  insertNodes: (d: Dialect, type?: NodeType) =>
    d === 'kuzu'
      ? `UNWIND $rows AS row WITH row WHERE row.id <> '' CREATE (n:Entity {${propMap(d, KUZU_NODE_COLUMNS)}})`
      : `UNWIND $rows AS row CREATE (n:Entity${type ? `:${type}` : ''} {${propMap(d, NODE_COLUMNS)}})`,
  insertEdges: (d: Dialect, type?: RelType) => {
    const cols = d === 'kuzu' ? KUZU_REL_COLUMNS : REL_COLUMNS.filter((c) => c.name !== 'type');
    const label = d === 'kuzu' ? 'Link' : type;
    return `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) CREATE (a)-[:${label} {${propMap(d, cols)}}]->(b)`;
  },
  deleteAll: (_d: Dialect) => 'MATCH (n:Entity) DETACH DELETE n',
};

/** Single-record changes for curation (issue 7). Each runs inside the adapter's one write transaction per change. */
export const curate = {
  /** One relationship by its ends and type. */
  edgeByKey: (d: Dialect) =>
    `MATCH (a:Entity)-[${rel(d, 'r')}]->(b:Entity) WHERE a.id = $from AND b.id = $to AND ${relType(d, 'r')} = $relType ` +
    `RETURN a.id AS from, ${relType(d, 'r')} AS relType, b.id AS to, r`,
  /** Every relationship at a node, in both directions. */
  edgesAt: (d: Dialect) =>
    `MATCH (a:Entity)-[${rel(d, 'r')}]->(b:Entity) WHERE a.id = $id OR b.id = $id ` +
    `RETURN a.id AS from, ${relType(d, 'r')} AS relType, b.id AS to, r ORDER BY from, relType, to`,
  /** Rewrites every stored column but id and type (which an update never changes). Kuzu: typing row as in insertNodes. */
  updateNodes: (d: Dialect) => {
    const set = (d === 'kuzu' ? KUZU_NODE_COLUMNS : NODE_COLUMNS).filter((c) => c.name !== 'id' && c.name !== 'type').map((c) => `n.${q(c.name)} = ${value(d, c)}`).join(', ');
    return d === 'kuzu'
      ? `UNWIND $rows AS row WITH row WHERE row.id <> '' MATCH (n:Entity) WHERE n.id = row.id SET ${set}`
      : `UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET ${set}`;
  },
  deleteNode: (_d: Dialect) => 'MATCH (n:Entity) WHERE n.id = $id DETACH DELETE n',
  deleteEdge: (d: Dialect) =>
    `MATCH (a:Entity)-[${rel(d, 'r')}]->(b:Entity) WHERE a.id = $from AND b.id = $to AND ${relType(d, 'r')} = $relType DELETE r`,
};

/** Stored audit columns (see api/src/store/auditRecords.ts); before/after are JSON text. */
export const AUDIT_TABLE: Column[] = [
  { name: 'id', kind: 'string' },
  { name: 'at', kind: 'string' },
  { name: 'who', kind: 'string' },
  { name: 'action', kind: 'string' },
  { name: 'target', kind: 'string' },
  { name: 'entityIds', kind: 'string[]' },
  { name: 'before', kind: 'string' },
  { name: 'after', kind: 'string' },
];

/** The audit log: its own node table (Kuzu) or label (Neo4j), so no `:Entity` query ever sees an entry. */
export const audit = {
  /** Kuzu batches start with a typing row whose empty id this filter drops (as insertNodes). */
  insert: (d: Dialect) =>
    d === 'kuzu'
      ? `UNWIND $rows AS row WITH row WHERE row.id <> '' CREATE (e:AuditEntry {${propMap(d, AUDIT_TABLE)}})`
      : `UNWIND $rows AS row CREATE (e:AuditEntry {${propMap(d, AUDIT_TABLE)}})`,
  list: (d: Dialect) =>
    `MATCH (e:AuditEntry) WHERE $entityId IS NULL OR ${listHas(d, 'e.entityIds', '$entityId')} RETURN e ORDER BY e.at DESC, e.id DESC SKIP $skip LIMIT $limit`,
  count: (d: Dialect) => `MATCH (e:AuditEntry) WHERE $entityId IS NULL OR ${listHas(d, 'e.entityIds', '$entityId')} RETURN count(e) AS total`,
  /** The whole log, oldest first: Kuzu copies it into the new file when it rebuilds the graph. */
  all: (_d: Dialect) => 'MATCH (e:AuditEntry) RETURN e ORDER BY e.at, e.id',
};

/**
 * Kuzu's bulk load (embedded/kuzuBulkLoad.ts, issue 8): one COPY per table from a CSV file the store wrote.
 * Strings and lists arrive prefixed (see there) and are unwrapped here; the file name and the list separator
 * are the only text spliced in, both made by the store (a checked temporary path, a control character).
 */
const unwrap = (c: Column, v: string, sep: string) =>
  c.kind === 'string' ? `substring(${v}, 2, size(${v}))` : c.kind === 'string[]' ? `string_split(substring(${v}, 2, size(${v})), '${sep}')` : v;
const listSets = (v: string, cols: Column[]) =>
  cols.filter((c) => c.kind === 'string[]').map((c) => `${v}.${q(c.name)} = CAST(row.${q(c.name)} AS STRING[])`).join(', ');
const loadCsv = (file: string, cols: Column[], sep: string) =>
  `LOAD WITH HEADERS (${cols.map((c, i) => `c${i} ${c.kind === 'string[]' ? 'STRING' : kuzuType(c)}`).join(', ')}) ` +
  `FROM '${file}' (HEADER=false, DELIM=',', QUOTE='"', ESCAPE='"', PARALLEL=false) ` +
  `RETURN ${cols.map((c, i) => unwrap(c, `c${i}`, sep)).join(', ')}`;
const BULK_REL_COLUMNS: Column[] = [{ name: 'from', kind: 'string' }, { name: 'to', kind: 'string' }, ...KUZU_REL_COLUMNS];

export const bulk = {
  /** CSV column order: the node table's, and `from`, `to` then the rel table's. */
  nodeColumns: KUZU_NODE_COLUMNS,
  relColumns: BULK_REL_COLUMNS,
  copyNodes: (file: string, sep: string) => `COPY Entity FROM (${loadCsv(file, KUZU_NODE_COLUMNS, sep)})`,
  copyEdges: (file: string, sep: string) => `COPY Link FROM (${loadCsv(file, BULK_REL_COLUMNS, sep)})`,
  /** The lists of rows the CSV cannot carry; the batch's typing row has empty keys and matches nothing. */
  patchNodeLists: () => `UNWIND $rows AS row WITH row WHERE row.id <> '' MATCH (n:Entity) WHERE n.id = row.id SET ${listSets('n', NODE_COLUMNS)}`,
  patchEdgeLists: () =>
    `UNWIND $rows AS row WITH row WHERE row.from <> '' MATCH (a:Entity)-[r:Link]->(b:Entity) ` +
    `WHERE a.id = row.from AND b.id = row.to AND r.type = row.type SET ${listSets('r', REL_COLUMNS)}`,
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
    ...Object.values(curate).map((fn) => fn(d)),
    ...Object.values(audit).map((fn) => fn(d)),
  ];
}

export { NODE_PROP_COLUMNS, REL_PROP_COLUMNS };
