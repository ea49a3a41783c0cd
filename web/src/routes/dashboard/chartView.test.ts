import { describe, expect, it } from 'vitest';
import { dimensionColour, batchColour } from '../../lib/charts/palette';
import { chartLabels } from './chartLabels';
import { CHART_IDS, chartCsvRows, chartView, shorten, type Mark } from './chartView';

const entity = (id: string, nameZh: string, nameEn: string) => ({ id, type: 'Mechanism' as const, nameZh, nameEn });
const mark = (key: string, ids: string[], extra: Partial<Mark> = {}): Mark => ({
  key,
  labelZh: null,
  labelEn: null,
  group: null,
  value: ids.length,
  ids,
  entities: ids.map((id) => entity(id, `名${id}`, `Name ${id}`)),
  ...extra,
});

const zh = chartLabels('zh');
const en = chartLabels('en');

describe('chartView', () => {
  it('has a title, description and both axis labels in both languages for every chart', () => {
    for (const id of CHART_IDS) {
      for (const L of [zh, en]) {
        const view = chartView(id, [], L);
        expect(view.title, `${L.lang} ${id}`).not.toMatch(/^dashboard\./);
        expect(view.description).not.toMatch(/^dashboard\./);
        expect(view.valueLabel).not.toMatch(/^dashboard\./);
        expect(view.categoryLabel).not.toMatch(/^dashboard\./);
        expect(view.otherTitle).not.toBe(view.title);
      }
    }
  });

  it('labels dimensions in the reader’s language, leaves unfiled mechanisms out of the bars and says so', () => {
    const marks = [mark('subject', ['mechanism:a', 'mechanism:b']), mark('resource', ['mechanism:c']), mark('none', ['mechanism:x', 'mechanism:y', 'mechanism:z'])];
    const view = chartView('mechanismsByDimension', marks, zh);
    expect(view.rows.map((r) => [r.label, r.otherLabel, r.value])).toEqual([['主体嵌入', 'Subject embedding', 2], ['资源嵌入', 'Resource embedding', 1]]);
    expect(view.legend.map((l) => l.colour)).toEqual([dimensionColour('subject'), dimensionColour('resource')]);
    expect(view.note).toContain('3');
    expect(chartView('mechanismsByDimension', marks, en).rows[0].label).toBe('Subject embedding');
  });

  it('stacks zones by batch within a province, one legend entry per batch', () => {
    const marks = [
      mark('江苏省', ['zone:a', 'zone:b'], { labelZh: '江苏省', labelEn: 'Jiangsu', group: '3' }),
      mark('江苏省', ['zone:c'], { labelZh: '江苏省', labelEn: 'Jiangsu', group: '4' }),
      mark('北京市', ['zone:d'], { labelZh: '北京市', labelEn: 'Beijing', group: '3' }),
    ];
    const view = chartView('zonesByProvince', marks, en);
    expect(view.categories).toEqual([{ key: '江苏省', label: 'Jiangsu' }, { key: '北京市', label: 'Beijing' }]);
    expect(view.legend).toEqual([{ key: '3', label: 'Batch 3', colour: batchColour('3') }, { key: '4', label: 'Batch 4', colour: batchColour('4') }]);
    expect(view.rows[0]).toMatchObject({ label: 'Jiangsu', otherLabel: '江苏省', seriesLabel: 'Batch 3', valueText: '2' });
  });

  it('opens the entity itself from a centrality bar and shows its score to four places', () => {
    const view = chartView('centralMechanisms', [mark('mechanism:cf', ['mechanism:cf'], { labelZh: '社区基金会', labelEn: 'Community Foundation', group: 'resource', value: 0.027081 })], zh);
    expect(view.opens).toBe('entity');
    expect(view.rows[0]).toMatchObject({ category: 'mechanism:cf', label: '社区基金会', valueText: '0.0271', seriesLabel: '资源嵌入' });
  });

  it('previews the first five entities behind a bar and counts the rest', () => {
    const ids = Array.from({ length: 8 }, (_, i) => `mechanism:m${i}`);
    const view = chartView('problemsByMechanisms', [mark('problem:p', ids, { labelZh: '问题', labelEn: 'Problem' })], en);
    expect(view.rows[0].preview).toBe('Name mechanism:m0, Name mechanism:m1, Name mechanism:m2, Name mechanism:m3, Name mechanism:m4 and 3 more');
  });

  it('writes every mark, hidden ones included, with its entity ids into the CSV', () => {
    const marks = [mark('subject', ['mechanism:a']), mark('none', ['mechanism:x', 'mechanism:y'])];
    const csv = chartCsvRows(chartView('mechanismsByDimension', marks, en), marks, en);
    expect(csv.header).toEqual(['Key', 'Embedding dimension', 'Group', 'Mechanisms', 'Entity ids']);
    expect(csv.rows).toEqual([
      ['subject', 'Subject embedding', 'Subject embedding', 1, 'mechanism:a'],
      ['none', 'No dimension', 'No dimension', 2, 'mechanism:x mechanism:y'],
    ]);
  });
});

describe('shorten', () => {
  it('keeps short labels and cuts long ones at about the given width with an ellipsis', () => {
    expect(shorten('社区基金会', 14)).toBe('社区基金会');
    expect(shorten('一二三四五六七八九十一二三四五六', 14)).toBe('一二三四五六七八九十一二三四…');
    expect(shorten('Journal of northern plains university of science', 14)).toBe('Journal of northern…');
  });
});
