/**
 * EVIDENCE: how much the graph's sources back the mechanism, by number and kind: each distinct document by the
 * kind of its publication (plus a little for a stance of support), each policy that establishes or uses it, each
 * statistic that describes it. Held to the part's ceiling.
 */
import type { NodeRecord } from '../../../../graph-schema/records.js';
import { SCORE_RULES, toHundredths, WEIGHTS } from './scoreRules.js';
import type { Candidate, Contribution, EvidenceDocument, ScorePartResult } from './types.js';

const W = WEIGHTS.evidence;
const text = (n: NodeRecord | null, field: string) => (typeof n?.props[field] === 'string' ? (n.props[field] as string) : '');

const KIND_ZH: Readonly<Record<string, string>> = { article: '期刊论文', book: '专著', chapter: '章节', thesis: '学位论文', conference: '会议论文', report: '报告', dataset: '数据集', speech: '讲话', newspaper: '报纸文章', webpage: '网页' };

function documentContribution(d: EvidenceDocument): Contribution {
  const kind = text(d.publication, 'kind');
  const weight = W.kinds[kind] ?? W.unknownKind;
  return {
    entity: d.publication,
    labelZh: text(d.publication, 'nameZh') || d.key,
    labelEn: text(d.publication, 'nameEn') || d.key,
    points: weight + (d.supports ? W.support : 0),
    reasonZh: `${KIND_ZH[kind] ?? '文献'}${d.supports ? '，持支持立场' : ''}`,
    reasonEn: `${kind || 'document'}${d.supports ? ', in support' : ''}`,
    sources: d.sources,
  };
}

/** The part depends on the candidate alone, so it is worked out once per candidate (once per graph version). */
const memo = new WeakMap<Candidate, ScorePartResult>();

export function evidencePart(candidate: Candidate): ScorePartResult {
  let part = memo.get(candidate);
  if (!part) memo.set(candidate, (part = evidencePartOf(candidate)));
  return part;
}

function evidencePartOf(candidate: Candidate): ScorePartResult {
  const contributions: Contribution[] = [
    ...candidate.documents.map(documentContribution),
    ...candidate.policies.map(({ node, sources }) => ({
      entity: node, labelZh: text(node, 'nameZh'), labelEn: text(node, 'nameEn'), points: W.policy, reasonZh: '确立或采用它的政策', reasonEn: 'a policy that establishes or uses it', sources,
    })),
    ...candidate.statistics.map(({ node, sources }) => ({
      entity: node, labelZh: text(node, 'nameZh'), labelEn: text(node, 'nameEn'), points: W.statistic, reasonZh: '描述它的统计数据', reasonEn: 'a statistic about it', sources,
    })),
  ];
  const raw = contributions.reduce((sum, c) => sum + toHundredths(c.points), 0);
  const docs = candidate.documents.length;
  return {
    part: 'EVIDENCE',
    hundredths: Math.min(raw, toHundredths(W.max)),
    max: SCORE_RULES.EVIDENCE.max,
    summaryZh: `${docs} 份文献、${candidate.policies.length} 项政策、${candidate.statistics.length} 条统计数据`,
    summaryEn: `${docs} documents, ${candidate.policies.length} policies, ${candidate.statistics.length} statistics`,
    contributions,
  };
}
