/**
 * Colours of the dashboard's and the map's categories. Drawn from Paul Tol's "bright"/"vibrant"/"muted" sets and
 * darkened where needed so every fill keeps at least 3:1 against white (WCAG 1.4.11); categories also carry text
 * labels and the map adds shapes, so none is told apart by colour alone.
 */
import { DIMENSIONS_ORDER, type Dimension } from './dimensions';

/** For "not recorded": no batch, no dimension, no sector. */
export const NONE_COLOUR = '#4D4D4D';
/** For "recorded, but not in any class" (a city without a size class), told apart from NONE_COLOUR by lightness. */
export const UNCLASSIFIED_COLOUR = '#8A8A8A';

export const DIMENSION_COLOURS: Readonly<Record<Dimension, string>> = {
  subject: '#0077BB',
  institution: '#CC3311',
  resource: '#117733',
  technology: '#AA4499',
};

/** Batches of the experiment-zone programme, in time order. */
const BATCH_COLOURS: Readonly<Record<string, string>> = { '1': '#332288', '2': '#0077BB', '3': '#009988', '4': '#CC3311' };

const SECTOR_COLOURS: Readonly<Record<string, string>> = {
  party: '#CC3311',
  government: '#332288',
  'self-governing': '#0077BB',
  social: '#117733',
  market: '#B35806',
  group: '#AA4499',
};

/** Enough distinct colours for the publication kinds the model allows. */
const SERIES = ['#0077BB', '#CC3311', '#117733', '#AA4499', '#B35806', '#332288', '#009988', '#882255', '#EE3377', '#997700'] as const;

export function dimensionColour(key: string): string {
  return (DIMENSIONS_ORDER as readonly string[]).includes(key) ? DIMENSION_COLOURS[key as Dimension] : NONE_COLOUR;
}

export function batchColour(key: string): string {
  return BATCH_COLOURS[key] ?? NONE_COLOUR;
}

export function sectorColour(key: string): string {
  return SECTOR_COLOURS[key] ?? NONE_COLOUR;
}

/** A colour per position, for series without colours of their own (publication kinds). */
export function seriesColour(index: number): string {
  return index < 0 ? NONE_COLOUR : SERIES[index % SERIES.length];
}
