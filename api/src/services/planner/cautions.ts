/**
 * The cautions the literature raises about a mechanism, read from the graph:
 * - CRITIQUE: a publication DISCUSSES it (or a mechanism it is part of) with the stance `critiques`;
 * - CONTRAST: the documents contrast it with another model, mechanism or concept (the aspect says how);
 * - MODEL_PROBLEM: a governance model that USES it or HAS it as a part CAUSES a problem;
 * - LIMIT: a publication critiques a problem in the very passage (document and section) that describes the
 *   mechanism, e.g. community foundations leaning on public money, raised where foundations are discussed.
 */
import type { EdgeRecord, NodeRecord, Source } from '../../../../graph-schema/records.js';
import type { GraphSnapshot } from '../graphSnapshot.js';
import { mergeSources } from '../mergeSources.js';
import type { CautionRecord } from './types.js';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const nameZh = (n: NodeRecord) => text(n.props.nameZh) || n.id;
const nameEn = (n: NodeRecord) => text(n.props.nameEn) || n.id;
const sourceKey = (s: Source) => `${s.doc}\u0000${s.locator}`;

function critiques(snapshot: GraphSnapshot, target: NodeRecord, of: NodeRecord): CautionRecord[] {
  return snapshot.in(target.id, 'DISCUSSES').flatMap((e) => {
    const critic = snapshot.node(e.from);
    if (e.props.stance !== 'critiques' || !critic) return [];
    const whole = target.id === of.id ? null : target;
    return [{
      kind: 'CRITIQUE' as const,
      about: critic,
      noteZh: text(e.props.noteZh) || (whole ? `《${nameZh(critic)}》批评了它所属的“${nameZh(whole)}”。` : `《${nameZh(critic)}》对它提出批评。`),
      noteEn: text(e.props.noteEn) || (whole ? `${nameEn(critic)} critiques ${nameEn(whole)}, which it is part of.` : `${nameEn(critic)} critiques it.`),
      sources: e.sources,
    }];
  });
}

function contrasts(snapshot: GraphSnapshot, mechanism: NodeRecord): CautionRecord[] {
  const edges = [...snapshot.out(mechanism.id, 'CONTRASTS_WITH'), ...snapshot.in(mechanism.id, 'CONTRASTS_WITH')];
  return edges.flatMap((e) => {
    const other = snapshot.node(e.from === mechanism.id ? e.to : e.from);
    if (!other) return [];
    return [{
      kind: 'CONTRAST' as const,
      about: other,
      noteZh: `与“${nameZh(other)}”对照：${text(e.props.aspectZh) || text(e.props.noteZh) || '文献将两者对比'}`,
      noteEn: `Contrasted with ${nameEn(other)}: ${text(e.props.aspectEn) || text(e.props.noteEn) || 'the documents set the two side by side'}`,
      sources: e.sources,
    }];
  });
}

function modelProblems(snapshot: GraphSnapshot, mechanism: NodeRecord): CautionRecord[] {
  const models = [...snapshot.in(mechanism.id, 'USES'), ...snapshot.in(mechanism.id, 'HAS_PART')].flatMap((e) => {
    const m = snapshot.node(e.from);
    return m?.type === 'GovernanceModel' ? [{ model: m, sources: e.sources }] : [];
  });
  return models.flatMap(({ model, sources }) =>
    snapshot.out(model.id, 'CAUSES').flatMap((c) => {
      const problem = snapshot.node(c.to);
      if (!problem) return [];
      return [{
        kind: 'MODEL_PROBLEM' as const,
        about: problem,
        noteZh: `采用它的“${nameZh(model)}”被认为导致了“${nameZh(problem)}”。${text(c.props.noteZh)}`,
        noteEn: `${nameEn(model)}, which used it, is linked to ${nameEn(problem)}. ${text(c.props.noteEn)}`.trim(),
        sources: mergeSources(c.sources, sources),
      }];
    }),
  );
}

/** Every source that describes the mechanism: its own and those of its links. */
function passagesOf(snapshot: GraphSnapshot, mechanism: NodeRecord): Set<string> {
  const keys = new Set(mechanism.sources.map(sourceKey));
  for (const rel of ['ADDRESSES', 'INVOLVES', 'HAS_PART', 'EXTENDS'] as const) for (const e of snapshot.out(mechanism.id, rel)) e.sources.forEach((s) => keys.add(sourceKey(s)));
  for (const rel of ['APPLIES', 'HAS_PART', 'DISCUSSES'] as const) for (const e of snapshot.in(mechanism.id, rel)) e.sources.forEach((s) => keys.add(sourceKey(s)));
  return keys;
}

/** A critique of a problem (a DISCUSSES relationship with the stance `critiques`), numbered in reading order. */
interface ProblemCritique {
  order: number;
  problem: NodeRecord;
  edge: EdgeRecord;
}

const critiqueIndexes = new WeakMap<GraphSnapshot, Map<string, ProblemCritique[]>>();

/**
 * Every critique of a problem under each passage (source key) it cites, built once per snapshot. Looking a
 * mechanism's passages up here replaces a walk over every problem for every mechanism, which took minutes at
 * 100k nodes (issue 8: 27k mechanisms × 9k problems).
 */
function critiquesByPassage(snapshot: GraphSnapshot): Map<string, ProblemCritique[]> {
  let index = critiqueIndexes.get(snapshot);
  if (index) return index;
  index = new Map();
  let order = 0;
  for (const problem of snapshot.ofType('Problem')) {
    for (const edge of snapshot.in(problem.id, 'DISCUSSES')) {
      if (edge.props.stance !== 'critiques') continue;
      const entry = { order: order++, problem, edge };
      for (const key of new Set(edge.sources.map(sourceKey))) (index.get(key) ?? index.set(key, []).get(key)!).push(entry);
    }
  }
  critiqueIndexes.set(snapshot, index);
  return index;
}

function limits(snapshot: GraphSnapshot, mechanism: NodeRecord): CautionRecord[] {
  const passages = passagesOf(snapshot, mechanism);
  const index = critiquesByPassage(snapshot);
  const found = new Map<number, ProblemCritique>();
  for (const key of passages) for (const c of index.get(key) ?? []) found.set(c.order, c);
  // In the order of problems (by id) and their critiques, as a walk over every problem would give them.
  return [...found.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ problem, edge }) => ({
      kind: 'LIMIT' as const,
      about: problem,
      noteZh: `描述它的同一段落指出了“${nameZh(problem)}”。${text(problem.props.summaryZh)}`,
      noteEn: `The passage that describes it points to ${nameEn(problem)}. ${text(problem.props.summaryEn)}`.trim(),
      sources: edge.sources.filter((s) => passages.has(sourceKey(s))),
    }));
}

export function cautionsOf(snapshot: GraphSnapshot, mechanism: NodeRecord, wholes: readonly NodeRecord[]): CautionRecord[] {
  const all = [
    ...critiques(snapshot, mechanism, mechanism),
    ...wholes.flatMap((w) => critiques(snapshot, w, mechanism)),
    ...contrasts(snapshot, mechanism),
    ...modelProblems(snapshot, mechanism),
    ...limits(snapshot, mechanism),
  ];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.kind}|${c.about?.id ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
