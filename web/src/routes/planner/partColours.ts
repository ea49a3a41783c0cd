import type { ScorePartKind } from '$lib/generated/graphql';

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; the table names each part too. */
export const PART_COLOURS: Readonly<Record<ScorePartKind, string>> = { PROBLEMS: '#0072B2', PLACES: '#E69F00', ACTORS: '#009E73', EVIDENCE: '#CC79A7' };
