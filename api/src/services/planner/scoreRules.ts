/** The planner's weights, in one place, and the words that explain each part of a score to its reader. */
import type { ScorePartKind } from '../../generated/resolvers.js';

export const WEIGHTS = {
  problems: {
    /** The mechanism itself ADDRESSES the problem. */
    direct: 6,
    /** One of its parts (HAS_PART) addresses it. */
    part: 4,
    /** A case that applied it addresses it. */
    case: 4,
    /** It addresses a problem the graph relates to the stated one (RELATED_TO, CAUSES, either way). */
    related: 2,
    /** Problems the population or the district type bring count at this share of a stated one. */
    implied: 0.5,
  },
  places: { sameSize: 1, similarSize: 0.5, district: 0.5, max: 3 },
  actors: { max: 3 },
  evidence: {
    /** Per distinct document, by the kind of its Publication. */
    kinds: { article: 1, book: 1, chapter: 1, thesis: 1, conference: 1, report: 0.75, dataset: 0.75, speech: 0.5, newspaper: 0.5, webpage: 0.5 } as Readonly<Record<string, number>>,
    /** A document the graph has no Publication (or kind) for. */
    unknownKind: 0.5,
    /** Each policy that establishes or uses the mechanism. */
    policy: 0.5,
    /** Each statistic that describes it. */
    statistic: 0.25,
    /** Extra for each publication whose stance is `supports`. */
    support: 0.25,
    max: 3,
  },
} as const;

export interface ScoreRule {
  max: number | null;
  labelZh: string;
  labelEn: string;
  explanationZh: string;
  explanationEn: string;
}

export const SCORE_RULES: Readonly<Record<ScorePartKind, ScoreRule>> = {
  PROBLEMS: {
    max: null,
    labelZh: '问题契合',
    labelEn: 'Problems addressed',
    explanationZh: `每个所选问题：机制直接回应得 ${WEIGHTS.problems.direct} 分，经由其组成部分或应用它的案例回应得 ${WEIGHTS.problems.part} 分，回应相关问题得 ${WEIGHTS.problems.related} 分；人口特征和社区类型带来的问题按一半计。`,
    explanationEn: `For each problem you chose: ${WEIGHTS.problems.direct} points when the mechanism addresses it, ${WEIGHTS.problems.part} when one of its parts or a case applying it does, ${WEIGHTS.problems.related} when it addresses a related problem; problems your population or district type bring count half.`,
  },
  PLACES: {
    max: WEIGHTS.places.max,
    labelZh: '相似地方的实践',
    labelEn: 'Practice in similar places',
    explanationZh: `每个应用过它的案例或地方：同规模城市得 ${WEIGHTS.places.sameSize} 分，相邻规模得 ${WEIGHTS.places.similarSize} 分，案例所在社区与你的类型相同再加 ${WEIGHTS.places.district} 分；最多 ${WEIGHTS.places.max} 分。`,
    explanationEn: `For each case or place that applied it: ${WEIGHTS.places.sameSize} point in a city of your size class, ${WEIGHTS.places.similarSize} in the next class up or down, plus ${WEIGHTS.places.district} when the case is set in a district like yours; at most ${WEIGHTS.places.max}.`,
  },
  ACTORS: {
    max: WEIGHTS.actors.max,
    labelZh: '所需主体与资源',
    labelEn: 'Actors and resources at hand',
    explanationZh: `它所需的主体和资源中你已具备的比例，乘以 ${WEIGHTS.actors.max}。党组织、居委会、街道等每个城市社区都有的主体总算作具备。`,
    explanationEn: `The share of the actors and resources it needs that you have, times ${WEIGHTS.actors.max}. Actors every urban community has (party organisation, residents' committee, subdistrict office…) always count as present.`,
  },
  EVIDENCE: {
    max: WEIGHTS.evidence.max,
    labelZh: '证据强度',
    labelEn: 'Strength of evidence',
    explanationZh: `每份支持它的文献按类型计分（期刊论文和专著 1 分，报告 0.75 分，网页和报纸 0.5 分），确立或采用它的政策各 ${WEIGHTS.evidence.policy} 分，描述它的统计数据各 ${WEIGHTS.evidence.statistic} 分；最多 ${WEIGHTS.evidence.max} 分。`,
    explanationEn: `Each document behind it by kind (articles and books 1, reports 0.75, web pages and newspapers 0.5), each policy establishing or using it ${WEIGHTS.evidence.policy}, each statistic describing it ${WEIGHTS.evidence.statistic}; at most ${WEIGHTS.evidence.max}.`,
  },
};

/** Points are kept to hundredths, so the parts of a score add up to it exactly. */
export const toHundredths = (points: number): number => Math.round(points * 100);
export const round2 = (points: number): number => toHundredths(points) / 100;
