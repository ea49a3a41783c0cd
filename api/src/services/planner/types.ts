/** The planner's records: what the graph says about a mechanism (a Candidate), and what a score is made of. */
import type { NodeRecord, Source } from '../../../../graph-schema/records.js';
import type { CautionKind, PlannerResource, ScorePartKind } from '../../generated/resolvers.js';

/** A problem the mechanism addresses, and how the graph says so. */
export interface ProblemLink {
  problem: NodeRecord;
  how: 'direct' | 'part' | 'case';
  /** The part or case through which it addresses the problem. */
  via: NodeRecord | null;
  sources: Source[];
}

/** A case, or a place without a recorded case, that applied the mechanism (or where it began). */
export interface Application {
  kind: 'case' | 'place' | 'origin';
  case: NodeRecord | null;
  /** Where it is recorded: the case's zone, locality or city, or the place itself. */
  place: NodeRecord | null;
  /** Cities it lies in (LOCATED_IN followed upwards), in id order. */
  cities: NodeRecord[];
  /** Entities linked to the case, for telling whether it is set in a district of some type. */
  linked: ReadonlySet<string>;
  sources: Source[];
}

/** Something a mechanism needs to run: an actor kind, or a resource it runs on. */
export type Need =
  | { kind: 'actor'; actor: NodeRecord; via: NodeRecord | null; sources: Source[] }
  | { kind: 'resource'; resource: PlannerResource; via: NodeRecord; sources: Source[] };

/** A document behind a mechanism: a Publication of the graph, or a bare document reference. */
export interface EvidenceDocument {
  /** Publication id when the graph has one, else the source's `doc`. */
  key: string;
  publication: NodeRecord | null;
  supports: boolean;
  sources: Source[];
}

export interface CautionRecord {
  kind: CautionKind;
  about: NodeRecord | null;
  noteZh: string;
  noteEn: string;
  sources: Source[];
}

/** Everything the ranking reads about one mechanism; independent of any profile, so kept per graph version. */
export interface Candidate {
  mechanism: NodeRecord;
  wholes: NodeRecord[];
  addresses: ProblemLink[];
  applications: Application[];
  needs: Need[];
  documents: EvidenceDocument[];
  policies: { node: NodeRecord; sources: Source[] }[];
  statistics: { node: NodeRecord; sources: Source[] }[];
  cautions: CautionRecord[];
}

export interface Contribution {
  entity: NodeRecord | null;
  labelZh: string;
  labelEn: string;
  points: number;
  reasonZh: string;
  reasonEn: string;
  sources: Source[];
}

export interface ScorePartResult {
  part: ScorePartKind;
  /** Hundredths of a point, so parts add up exactly. */
  hundredths: number;
  max: number | null;
  summaryZh: string;
  summaryEn: string;
  contributions: Contribution[];
}

export interface ScoredApplication extends Application {
  points: number;
  sameSize: boolean;
  districtMatch: boolean;
  city: NodeRecord | null;
}

export interface Recommendation {
  rank: number;
  candidate: Candidate;
  hundredths: number;
  parts: ScorePartResult[];
  evidence: ScoredApplication[];
}
