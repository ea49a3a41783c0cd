/**
 * literature: publications with their authors (in order), citation counts, and the CITES network among the
 * listed works. Two store calls (the publications, then their AUTHORED_BY and CITES links), filtered in memory.
 */
import type { EdgeRecord, NodeRecord } from '../../../graph-schema/records.js';
import { BadUserInputError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { MAX_SEARCH_TEXT } from './entityQueries.js';
import { listAll, NEIGHBOUR_ROWS } from './listAll.js';
import { checkFirst } from './pagination.js';

export const MAX_LITERATURE = 1000;

export interface LiteratureFilterInput {
  text?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  language?: string | null;
  kind?: string | null;
  author?: string | null;
  seedOnly?: boolean | null;
  ids?: string[] | null;
}

export interface LiteratureEntryRecord {
  publication: NodeRecord;
  authors: NodeRecord[];
  citesCount: number;
  citedByCount: number;
}

export interface LiteratureResult {
  entries: LiteratureEntryRecord[];
  totalCount: number;
  citations: EdgeRecord[];
  authors: { author: NodeRecord; count: number }[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const year = (n: NodeRecord) => (typeof n.props.yearFrom === 'number' ? n.props.yearFrom : null);

function matches(p: NodeRecord, authors: NodeRecord[], f: LiteratureFilterInput, tokens: string[], only: ReadonlySet<string> | null): boolean {
  if (only && !only.has(p.id)) return false;
  if (f.seedOnly && !str(p.props.seedDoc)) return false;
  if (f.language && p.props.language !== f.language) return false;
  if (f.kind && p.props.kind !== f.kind) return false;
  if (f.author && !authors.some((a) => a.id === f.author)) return false;
  const y = year(p);
  const to = typeof p.props.yearTo === 'number' ? p.props.yearTo : y;
  if ((f.yearFrom ?? null) !== null && (y === null || (to ?? y) < f.yearFrom!)) return false;
  if ((f.yearTo ?? null) !== null && (y === null || y > f.yearTo!)) return false;
  if (tokens.length) {
    const hay = [p.props.nameZh, p.props.nameEn, p.props.authorsText, p.props.venue, ...(Array.isArray(p.props.aliases) ? p.props.aliases : []), ...authors.flatMap((a) => [a.props.nameZh, a.props.nameEn])]
      .map(str)
      .join('\n')
      .toLowerCase();
    if (!tokens.every((t) => hay.includes(t))) return false;
  }
  return true;
}

export async function literature(store: GraphStore, filter: LiteratureFilterInput | null | undefined, first?: number | null): Promise<LiteratureResult> {
  const limit = checkFirst(first, 200, MAX_LITERATURE);
  const f = filter ?? {};
  const text = f.text?.trim() ?? '';
  if (text.length > MAX_SEARCH_TEXT) throw new BadUserInputError(`text is limited to ${MAX_SEARCH_TEXT} characters`, 'text');
  if (f.ids && f.ids.length > MAX_LITERATURE) throw new BadUserInputError(`at most ${MAX_LITERATURE} ids`, 'ids');
  if (f.yearFrom != null && f.yearTo != null && f.yearFrom > f.yearTo) throw new BadUserInputError('`yearFrom` must not be after `yearTo`', 'yearFrom');

  const pubs = await listAll(store, { types: ['Publication'] });
  const links = pubs.length ? await store.neighbours({ ids: pubs.map((p) => p.id), relations: ['AUTHORED_BY', 'CITES'], limit: NEIGHBOUR_ROWS }) : { nodes: [], edges: [] };
  const nodes = new Map(links.nodes.map((n) => [n.id, n]));
  const pubIds = new Set(pubs.map((p) => p.id));
  const authorsOf = new Map<string, { order: number; node: NodeRecord }[]>();
  const cites = new Map<string, number>();
  const citedBy = new Map<string, number>();
  const citeEdges: EdgeRecord[] = [];
  for (const e of links.edges) {
    if (e.type === 'AUTHORED_BY' && pubIds.has(e.from)) {
      const author = nodes.get(e.to);
      if (author) authorsOf.set(e.from, [...(authorsOf.get(e.from) ?? []), { order: typeof e.props.order === 'number' ? e.props.order : Infinity, node: author }]);
    } else if (e.type === 'CITES' && pubIds.has(e.from) && pubIds.has(e.to)) {
      cites.set(e.from, (cites.get(e.from) ?? 0) + 1);
      citedBy.set(e.to, (citedBy.get(e.to) ?? 0) + 1);
      citeEdges.push(e);
    }
  }
  const authors = (id: string) => (authorsOf.get(id) ?? []).sort((a, b) => a.order - b.order || a.node.id.localeCompare(b.node.id)).map((a) => a.node);

  const tokens = text.toLowerCase().split(/\s+/).filter(Boolean);
  const only = f.ids ? new Set(f.ids) : null;
  const kept = pubs
    .filter((p) => matches(p, authors(p.id), f, tokens, only))
    .sort((a, b) => Number(!!str(b.props.seedDoc)) - Number(!!str(a.props.seedDoc)) || (year(b) ?? -Infinity) - (year(a) ?? -Infinity) || a.id.localeCompare(b.id));
  const listed = kept.slice(0, limit);
  const listedIds = new Set(listed.map((p) => p.id));

  const authorCounts = new Map<string, { author: NodeRecord; count: number }>();
  for (const p of listed) for (const a of authors(p.id)) authorCounts.set(a.id, { author: a, count: (authorCounts.get(a.id)?.count ?? 0) + 1 });

  return {
    entries: listed.map((p) => ({ publication: p, authors: authors(p.id), citesCount: cites.get(p.id) ?? 0, citedByCount: citedBy.get(p.id) ?? 0 })),
    totalCount: kept.length,
    citations: citeEdges.filter((e) => listedIds.has(e.from) && listedIds.has(e.to)).sort((a, b) => a.id.localeCompare(b.id)),
    authors: [...authorCounts.values()].sort((a, b) => b.count - a.count || a.author.id.localeCompare(b.author.id)),
  };
}
