/**
 * How graph views draw entity types and communities. Colours are Paul Tol's "muted" qualitative scheme, chosen
 * to stay distinguishable with the common colour-vision deficiencies; because 15 types outnumber any safe set
 * of colours, every type also has its own shape, so no type is told apart by colour alone (issue #4).
 */
import type { EntityType } from '../generated/graphql';

/** Paul Tol, "muted" (https://personal.sron.nl/~pault/#sec:qualitative), in his order. */
export const TOL_MUTED = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'] as const;
/** Tol's pale grey, for "other" communities and types without a colour of their own. */
export const PALE_GREY = '#BBBBBB';

/** Node shapes Cytoscape draws natively; the SVG export draws the same names (see toSvg.ts). */
export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'hexagon'
  | 'triangle'
  | 'diamond'
  | 'round-diamond'
  | 'tag'
  | 'pentagon'
  | 'star'
  | 'octagon'
  | 'barrel'
  | 'vee';

export interface TypeStyle {
  colour: string;
  shape: NodeShape;
}

/** A Record, so a type added to the model fails to compile here until it has a look. No two types share both. */
const TYPE_STYLES: Readonly<Record<EntityType, TypeStyle>> = {
  Mechanism: { colour: '#117733', shape: 'ellipse' },
  Case: { colour: '#CC6677', shape: 'round-rectangle' },
  GovernanceModel: { colour: '#332288', shape: 'hexagon' },
  Actor: { colour: '#88CCEE', shape: 'ellipse' },
  Organization: { colour: '#88CCEE', shape: 'round-rectangle' },
  Problem: { colour: '#882255', shape: 'triangle' },
  Concept: { colour: '#AA4499', shape: 'diamond' },
  Policy: { colour: '#999933', shape: 'tag' },
  Program: { colour: '#DDCC77', shape: 'pentagon' },
  ExperimentZone: { colour: '#DDCC77', shape: 'star' },
  City: { colour: '#44AA99', shape: 'octagon' },
  Locality: { colour: '#44AA99', shape: 'round-diamond' },
  Statistic: { colour: '#999933', shape: 'rectangle' },
  Publication: { colour: PALE_GREY, shape: 'barrel' },
  Person: { colour: '#CC6677', shape: 'vee' },
};

export function typeStyle(type: EntityType): TypeStyle {
  return TYPE_STYLES[type];
}

/** Communities are numbered by the API; views colour them by rank (largest first), the tail in grey. */
export function communityColour(rank: number): string {
  return rank >= 0 && rank < TOL_MUTED.length ? TOL_MUTED[rank] : PALE_GREY;
}

/** Black or white text/border on a fill, whichever contrasts more (WCAG relative luminance). */
export function inkOn(hex: string): '#000000' | '#FFFFFF' {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#FFFFFF';
}
