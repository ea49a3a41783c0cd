/**
 * Candidate gathering: every mechanism of the graph with what the ranking needs to know about it (problems it
 * addresses and how, where it was practised, what it needs, the evidence and the cautions). None of it depends
 * on a profile, so it is gathered once per graph version (the snapshot is one store call; see graphSnapshot).
 */
import type { NodeRecord } from '../../../../graph-schema/records.js';
import type { GraphSnapshot } from '../graphSnapshot.js';
import { applicationsOf } from './applications.js';
import { cautionsOf } from './cautions.js';
import { documentsOf, officialRecordsOf } from './documents.js';
import { needsOf } from './needs.js';
import type { Application, Candidate, CautionRecord, ProblemLink } from './types.js';

const nodesOf = (snapshot: GraphSnapshot, ids: readonly string[]) => ids.flatMap((id) => snapshot.node(id) ?? []);

function problemLinks(snapshot: GraphSnapshot, mechanism: NodeRecord, parts: readonly NodeRecord[], applications: readonly Application[]): ProblemLink[] {
  const links: ProblemLink[] = [];
  const addFrom = (fromId: string, how: ProblemLink['how'], via: NodeRecord | null) => {
    for (const e of snapshot.out(fromId, 'ADDRESSES')) {
      const problem = snapshot.node(e.to);
      if (problem?.type === 'Problem') links.push({ problem, how, via, sources: e.sources });
    }
  };
  addFrom(mechanism.id, 'direct', null);
  for (const part of parts) addFrom(part.id, 'part', part);
  for (const a of applications) if (a.case) addFrom(a.case.id, 'case', a.case);
  return links;
}

export function gatherCandidate(snapshot: GraphSnapshot, mechanism: NodeRecord): Candidate {
  const wholes = nodesOf(snapshot, snapshot.in(mechanism.id, 'HAS_PART').map((e) => e.from)).filter((n) => n.type === 'Mechanism');
  const parts = nodesOf(snapshot, snapshot.out(mechanism.id, 'HAS_PART').map((e) => e.to));
  const applications = applicationsOf(snapshot, mechanism);
  return {
    mechanism,
    wholes,
    addresses: problemLinks(snapshot, mechanism, parts, applications),
    applications,
    needs: needsOf(snapshot, mechanism, applications),
    documents: documentsOf(snapshot, mechanism),
    ...officialRecordsOf(snapshot, mechanism),
    // Worked out when first shown: cautions never change a score, and written out for every mechanism they were
    // most of the candidates' memory (626k notes quoting problem summaries at 26k mechanisms, issue 8).
    get cautions(): CautionRecord[] {
      const value = cautionsOf(snapshot, mechanism, wholes);
      Object.defineProperty(this, 'cautions', { value, enumerable: true });
      return value;
    },
  };
}

const cache = new WeakMap<GraphSnapshot, Candidate[]>();

/** Every mechanism as a candidate, in id order; kept as long as the snapshot (one graph version). */
export function gatherCandidates(snapshot: GraphSnapshot): Candidate[] {
  let candidates = cache.get(snapshot);
  if (!candidates) {
    candidates = snapshot.ofType('Mechanism').map((m) => gatherCandidate(snapshot, m));
    cache.set(snapshot, candidates);
  }
  return candidates;
}
