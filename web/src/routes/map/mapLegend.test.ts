import { describe, expect, it } from 'vitest';
import { batchColour, dimensionColour } from '../../lib/charts/palette';
import { translate, translateEnum } from '../../lib/i18n/translate';
import { colourLegend, markerColour, PLAIN_FILL } from './mapLegend';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
const enumValue = (field: string, value: string) => translateEnum('en', field, value);

describe('map legend', () => {
  it('lists batches in order and cities last when colouring by batch', () => {
    const legend = colourLegend('batch', new Set(['city', '4', '1']), t, enumValue);
    expect(legend.map((l) => [l.label, l.colour])).toEqual([['Batch 1', batchColour('1')], ['Batch 4', batchColour('4')], ['City (no batch)', PLAIN_FILL]]);
  });

  it('lists dimensions in the documents’ order, and places without one last', () => {
    const legend = colourLegend('dimension', new Set(['none', 'technology', 'subject']), t, enumValue);
    expect(legend.map((l) => l.label)).toEqual(['Subject embedding', 'Technology embedding', 'No dimension']);
    expect(markerColour('technology', 'dimension')).toBe(dimensionColour('technology'));
  });
});
