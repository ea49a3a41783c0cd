/** The map's colours and legend entries for a colouring, in the reader's language. */
import { DIMENSIONS_ORDER } from '../../lib/charts/dimensions';
import type { LegendEntry } from '../../lib/charts/figureLayout';
import { batchColour, dimensionColour } from '../../lib/charts/palette';
import type { MessageKey, Params } from '../../lib/i18n/translate';
import { CITY_KEY, NONE_KEY, type ColourBy } from './mapPlaces';
import '../../lib/i18n/messages/dashboard';
import '../../lib/i18n/messages/map';

/** Places without a batch or dimension: a light fill with a dark outline, so the coloured ones stand out. */
export const PLAIN_FILL = '#E8EAED';

export function markerColour(key: string, colourBy: ColourBy): string {
  if (key === CITY_KEY || key === NONE_KEY) return PLAIN_FILL;
  return colourBy === 'batch' ? batchColour(key) : dimensionColour(key);
}

type T = (key: MessageKey, params?: Params) => string;

/** Colour entries for the keys in use, in the model's order (batches by number, dimensions as the documents list them). */
export function colourLegend(colourBy: ColourBy, keys: ReadonlySet<string>, t: T, enumValue: (field: string, value: string) => string): (LegendEntry & { key: string })[] {
  const order = colourBy === 'batch' ? ['1', '2', '3', '4', NONE_KEY, CITY_KEY] : [...DIMENSIONS_ORDER, NONE_KEY];
  const label = (key: string): string => {
    if (key === CITY_KEY) return t('map.legend.cityNoBatch');
    if (key === NONE_KEY) return colourBy === 'batch' ? t('dashboard.none.batch') : t('map.legend.noDimension');
    return colourBy === 'batch' ? t('dashboard.batch', { batch: key }) : enumValue('dimension', key);
  };
  return order.filter((k) => keys.has(k)).map((key) => ({ key, label: label(key), colour: markerColour(key, colourBy), shape: 'circle' as const }));
}
