/**
 * Curator edits (issue 7): who may edit, validation through the seed loader's own rules
 * (seed/loader/validateRecord.ts), then one store call that changes and logs in one transaction.
 */
import { typeOfId, type NodeType, type RelType } from '../../../graph-schema/model.js';
import { edgeId, type NodeRecord, type PropValue, type Source } from '../../../graph-schema/records.js';
import { knownDocs } from '../../../seed/loader/validateSeed.js';
import { checkSourceDocs, fieldName, validateEdge, validateNode, type Glossary, type ReportIssue } from '../../../seed/loader/validateRecord.js';
import type { AuthState } from '../auth/curatorTokens.js';
import { ForbiddenError, InvalidRecordError, NotFoundError, UnauthenticatedError, UnreachableCaseError } from '../errors.js';
import type { AuditRecord, ChangeMeta, GraphStore } from '../store/GraphStore.js';
import { bumpGraphEpoch } from './graphVersion.js';

/** The curator behind a request, or the error every curator-only field gives; checked before any store call. */
export function requireCurator(auth: AuthState): ChangeMeta {
  switch (auth.kind) {
    case 'curator':
      return { who: auth.name };
    case 'anonymous':
      throw new UnauthenticatedError('this needs a curator token: send `Authorization: Bearer <token>`');
    case 'rejected':
      if (auth.reason === 'expired') throw new ForbiddenError('this curator token has expired; ask for a new one');
      throw new UnauthenticatedError('this curator token is not valid');
    default:
      throw new UnreachableCaseError(auth);
  }
}

type Props = Record<string, PropValue | undefined>;

export interface CurationContext {
  store: GraphStore;
  meta: ChangeMeta;
  glossary: Glossary | undefined;
}

/** Collects problems by field; throws them all at once, like the loader. */
class Issues {
  readonly list: { field: string; message: string }[] = [];
  at(prefix: (path: (string | number)[]) => (string | number)[]): ReportIssue {
    return (path, message) => this.list.push({ field: fieldName(prefix(path)), message });
  }
  throwIfAny(what: string): void {
    if (this.list.length) throw new InvalidRecordError(what, this.list);
  }
}

/** Input properties live under `properties`; id and sources are arguments of their own. */
const argumentPath = (path: (string | number)[]) => (path[0] === 'id' || path[0] === 'sources' ? path : ['properties', ...path]);

const edgeArgumentPath = (path: (string | number)[]) =>
  path[0] === 'rel' ? ['type', ...path.slice(1)] : path[0] === 'sources' || path[0] === 'to' ? path : ['properties', ...path];

/** Source documents must exist in the graph: a Publication id, or the seed stem a Publication records. */
async function checkDocs(store: GraphStore, sources: Source[], report: ReportIssue, self?: NodeRecord): Promise<void> {
  const wanted = [...new Set(sources.map((s) => s.doc))];
  const candidates: NodeRecord[] = self ? [self] : [];
  candidates.push(...(await store.getNodes(wanted.filter((d) => typeOfId(d) === 'Publication'))));
  if (wanted.some((d) => typeOfId(d) !== 'Publication')) {
    candidates.push(...(await store.listEntities({ types: ['Publication'] }, 0, 1_000_000)).items);
  }
  const docs = knownDocs(candidates);
  checkSourceDocs(sources, (doc) => docs.has(doc), ['sources'], report);
}

function nodeValue(id: string, props: Props, sources: readonly Source[]): Record<string, unknown> {
  return { ...Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)), id, sources };
}

async function validated(c: CurationContext, type: NodeType, value: Record<string, unknown>): Promise<NodeRecord> {
  const issues = new Issues();
  const report = issues.at(argumentPath);
  const node = validateNode(type, value, report, c.glossary);
  if (node) await checkDocs(c.store, node.sources, report, node);
  issues.throwIfAny(`entity ${String(value.id)}`);
  return node!;
}

function done(store: GraphStore, entry: AuditRecord): AuditRecord {
  bumpGraphEpoch(store);
  return entry;
}

export async function createEntity(c: CurationContext, type: NodeType, id: string, properties: Props, sources: Source[]) {
  const node = await validated(c, type, nodeValue(id, properties, sources));
  return { node, audit: done(c.store, await c.store.createNode(node, c.meta)) };
}

/** Given properties replace the stored ones (null clears one); given sources replace all sources. */
export async function updateEntity(c: CurationContext, id: string, properties: Props | null | undefined, sources: Source[] | null | undefined) {
  const [existing] = await c.store.getNodes([id]);
  if (!existing) throw new NotFoundError(`no entity with id ${id}`);
  const node = await validated(c, existing.type, nodeValue(id, { ...existing.props, ...(properties ?? {}) }, sources ?? existing.sources));
  return { node, audit: done(c.store, await c.store.updateNode(node, c.meta)) };
}

export async function deleteEntity(c: CurationContext, id: string, detach: boolean) {
  return { audit: done(c.store, await c.store.deleteNode(id, c.meta, { detach })) };
}

export async function createRelationship(c: CurationContext, from: string, type: RelType, to: string, properties: Props | null | undefined, sources: Source[]) {
  const ends = await c.store.getNodes([from, to]);
  const fromNode = ends.find((n) => n.id === from);
  const toNode = ends.find((n) => n.id === to);
  for (const [end, node] of [[from, fromNode], [to, toNode]] as const) if (!node) throw new NotFoundError(`no entity with id ${end}`);
  const issues = new Issues();
  const report = issues.at(edgeArgumentPath);
  const raw = { ...Object.fromEntries(Object.entries(properties ?? {}).filter(([, v]) => v !== undefined)), rel: type, sources };
  const edge = validateEdge(fromNode!, toNode!, raw, report);
  if (edge) await checkDocs(c.store, edge.sources, report);
  issues.throwIfAny(`relationship ${edgeId(from, type, to)}`);
  return { edge: edge!, audit: done(c.store, await c.store.createEdge(edge!, c.meta)) };
}

export async function deleteRelationship(c: CurationContext, from: string, type: RelType, to: string) {
  return { audit: done(c.store, await c.store.deleteEdge(edgeId(from, type, to), c.meta)) };
}
