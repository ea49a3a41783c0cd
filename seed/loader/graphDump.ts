/**
 * The whole graph as one JSON file (issue 7): `npm run export` writes it, `npm run import` reads it back.
 * Records are sorted and carry every property (null when absent), so exporting what was imported gives the
 * same bytes. An import is checked record by record with the loader's own rules before anything is written.
 */
import { NODE_TYPE_NAMES, REL_TYPE_NAMES, type NodeType, type RelType } from '../../graph-schema/model.js';
import { graphHash } from '../../graph-schema/graphHash.js';
import type { EdgeRecord, GraphData, NodeRecord } from '../../graph-schema/records.js';
import { knownDocs } from './validateSeed.js';
import { checkSourceDocs, fieldName, validateEdge, validateNode, type ReportIssue } from './validateRecord.js';

export const DUMP_FORMAT = 'governance-atlas/graph-dump';
export const DUMP_VERSION = 1;

export interface GraphDump {
  format: typeof DUMP_FORMAT;
  version: typeof DUMP_VERSION;
  /** graph-schema/graphHash.ts over the records: an import refuses a file whose content does not match. */
  graphHash: string;
  counts: { nodes: number; edges: number };
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

export class DumpError extends Error {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super(`${file} is not a graph dump that can be imported (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` + issues.slice(0, 50).join('\n') + (issues.length > 50 ? `\n… and ${issues.length - 50} more` : ''));
    this.name = 'DumpError';
  }
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function serializeDump(graph: GraphData): string {
  const dump: GraphDump = {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    graphHash: graphHash(graph),
    counts: { nodes: graph.nodes.length, edges: graph.edges.length },
    nodes: byId(graph.nodes),
    edges: byId(graph.edges),
  };
  return `${JSON.stringify(dump, null, 1)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses and checks a dump; throws DumpError listing every problem. `file` names it in messages. */
export function parseDump(text: string, file: string): GraphData {
  const issues: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DumpError(file, [`not JSON: ${(e as Error).message}`]);
  }
  if (!isObject(raw) || raw.format !== DUMP_FORMAT || raw.version !== DUMP_VERSION || !Array.isArray(raw.nodes) || !Array.isArray(raw.edges)) {
    throw new DumpError(file, [`not a ${DUMP_FORMAT} version ${DUMP_VERSION} file (made by \`npm run export\`)`]);
  }
  const at = (where: string): ReportIssue => (path, message) => issues.push(`${where}${path.length ? `.${fieldName(path)}` : ''}: ${message}`);

  const nodes = new Map<string, NodeRecord>();
  raw.nodes.forEach((n: unknown, i) => {
    const where = `nodes[${i}]`;
    if (!isObject(n) || typeof n.type !== 'string' || !(NODE_TYPE_NAMES as string[]).includes(n.type) || !isObject(n.props)) {
      return void issues.push(`${where}: a node needs id, type (an entity type), sources and props`);
    }
    const propsAt = at(`${where}`);
    const node = validateNode(n.type as NodeType, { ...n.props, id: n.id, sources: n.sources }, (path, message) =>
      propsAt(path[0] === 'id' || path[0] === 'sources' ? path : ['props', ...path], message),
    );
    if (!node) return;
    if (nodes.has(node.id)) return void issues.push(`${where}.id: duplicate id ${node.id}`);
    nodes.set(node.id, node);
  });

  const edges = new Map<string, EdgeRecord>();
  raw.edges.forEach((e: unknown, i) => {
    const where = `edges[${i}]`;
    if (!isObject(e) || typeof e.type !== 'string' || !(REL_TYPE_NAMES as string[]).includes(e.type) || !isObject(e.props)) {
      return void issues.push(`${where}: a relationship needs id, type (a relationship type), from, to, sources and props`);
    }
    const from = nodes.get(String(e.from));
    const to = nodes.get(String(e.to));
    if (!from || !to) return void issues.push(`${where}: dangling reference: no node ${from ? String(e.to) : String(e.from)}`);
    const report = at(where);
    const edge = validateEdge(from, to, { ...e.props, rel: e.type as RelType, sources: e.sources }, (path, message) =>
      report(path[0] === 'sources' || path[0] === 'to' ? path : ['props', ...path], message),
    );
    if (!edge) return;
    if (e.id !== edge.id) return void issues.push(`${where}.id: must be ${edge.id}`);
    if (edges.has(edge.id)) return void issues.push(`${where}.id: duplicate relationship ${edge.id}`);
    edges.set(edge.id, edge);
  });

  const docs = knownDocs(nodes.values());
  const isKnown = (doc: string) => docs.has(doc);
  for (const n of nodes.values()) checkSourceDocs(n.sources, isKnown, ['sources'], at(`node ${n.id}`));
  for (const e of edges.values()) checkSourceDocs(e.sources, isKnown, ['sources'], at(`relationship ${e.id}`));

  const graph = { nodes: [...nodes.values()], edges: [...edges.values()] };
  if (issues.length === 0 && raw.graphHash !== undefined && raw.graphHash !== graphHash(graph)) {
    issues.push('graphHash does not match the records: the file was changed or cut short (remove graphHash to import an edited dump)');
  }
  if (issues.length > 0) throw new DumpError(file, issues);
  return graph;
}
