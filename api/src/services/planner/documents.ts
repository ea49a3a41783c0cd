/**
 * The evidence behind a mechanism: the distinct documents its own facts and its links cite, the publications
 * that describe or support it (critiques go to the cautions instead), the policies that establish or use it and
 * the statistics that describe it. A seed document's stem is resolved to its Publication (by `seedDoc`).
 */
import type { RelType } from '../../../../graph-schema/model.js';
import type { NodeRecord, Source } from '../../../../graph-schema/records.js';
import type { GraphSnapshot } from '../graphSnapshot.js';
import { publicationOf } from '../snapshotPublications.js';
import { compareIds } from '../compareIds.js';
import { mergeSources } from '../mergeSources.js';
import type { Candidate, EvidenceDocument } from './types.js';

const OUT: readonly RelType[] = ['ADDRESSES', 'INVOLVES', 'HAS_PART', 'EXTENDS', 'ORIGINATED_IN', 'EXEMPLIFIES'];
const IN: readonly RelType[] = ['APPLIES', 'USES', 'ESTABLISHES', 'DESCRIBES'];

export function documentsOf(snapshot: GraphSnapshot, mechanism: NodeRecord): EvidenceDocument[] {
  const docs = new Map<string, EvidenceDocument>();
  const add = (source: Source, supports = false) => {
    const publication = publicationOf(snapshot, source.doc);
    const key = publication?.id ?? source.doc;
    const had = docs.get(key);
    docs.set(key, { key, publication, supports: (had?.supports ?? false) || supports, sources: mergeSources(had?.sources ?? [], [source]) });
  };
  for (const s of mechanism.sources) add(s);
  for (const rel of OUT) for (const e of snapshot.out(mechanism.id, rel)) e.sources.forEach((s) => add(s));
  for (const rel of IN) for (const e of snapshot.in(mechanism.id, rel)) e.sources.forEach((s) => add(s));
  for (const e of snapshot.in(mechanism.id, 'DISCUSSES')) {
    if (e.props.stance === 'critiques') continue;
    const supports = e.props.stance === 'supports';
    for (const s of e.sources) add(s);
    // The discussing publication is a document behind the mechanism even where its link cites another document.
    add({ doc: e.from, locator: e.sources[0]?.locator ?? '' }, supports);
  }
  return [...docs.values()].sort((a, b) => compareIds(a.key, b.key));
}

/** Policies that establish or use the mechanism, and statistics that describe it, with the links' sources. */
export function officialRecordsOf(snapshot: GraphSnapshot, mechanism: NodeRecord): Pick<Candidate, 'policies' | 'statistics'> {
  const from = (rels: readonly RelType[], type: string) => {
    const found = new Map<string, { node: NodeRecord; sources: Source[] }>();
    for (const rel of rels) {
      for (const e of snapshot.in(mechanism.id, rel)) {
        const node = snapshot.node(e.from);
        if (node?.type === type) found.set(node.id, { node, sources: mergeSources(found.get(node.id)?.sources ?? [], e.sources) });
      }
    }
    return [...found.values()].sort((a, b) => compareIds(a.node.id, b.node.id));
  };
  return { policies: from(['ESTABLISHES', 'USES'], 'Policy'), statistics: from(['DESCRIBES'], 'Statistic') };
}
