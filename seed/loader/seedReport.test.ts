import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../graph-schema/records.js';
import { buildSeedReport, reportProblems } from './seedReport.js';

const place = (id: string, type: 'City' | 'ExperimentZone', lat: number | null): NodeRecord => ({
  id,
  type,
  sources: [{ doc: 'pub:x', locator: 'a' }],
  props: { nameZh: id, nameEn: id, summaryZh: 's', summaryEn: 's', lat, lng: lat === null ? null : 100 },
});

describe('seed report: places with coordinates (issue 9)', () => {
  it('counts cities and zones with lat/lng and lists those without as problems', () => {
    const nodes = [place('city:a', 'City', 30), place('city:b', 'City', null), place('zone:c', 'ExperimentZone', 31)];
    const edges = [
      { id: 'zone:c|LOCATED_IN|city:a', type: 'LOCATED_IN' as const, from: 'zone:c', to: 'city:a', sources: [{ doc: 'pub:x', locator: 'a' }], props: {} },
      { id: 'zone:c|LOCATED_IN|city:b', type: 'LOCATED_IN' as const, from: 'zone:c', to: 'city:b', sources: [{ doc: 'pub:x', locator: 'a' }], props: {} },
    ];
    const report = buildSeedReport({ nodes, edges }, []);
    expect(report.places).toEqual({ cities: { located: 1, total: 2 }, zones: { located: 1, total: 1 } });
    expect(report.unlocatedPlaces).toEqual(['city:b']);
    expect(reportProblems(report)).toBe(1);
  });
});
