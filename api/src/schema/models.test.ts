import { describe, expect, it } from 'vitest';
import { NODE_PROP_COLUMNS, REL_PROP_COLUMNS } from '../../../graph-schema/columns.js';
import type { EdgeRecord, NodeRecord } from '../../../graph-schema/records.js';
import { toEdgeModel, toEntityModel } from './models.js';

describe('models', () => {
  it('no model property is named like a field the model sets itself (assigning it over a frozen record would throw)', () => {
    expect(NODE_PROP_COLUMNS.map((c) => c.name).filter((n) => ['id', 'type', 'sources'].includes(n))).toEqual([]);
    expect(REL_PROP_COLUMNS.map((c) => c.name).filter((n) => ['id', 'type', 'from', 'to', 'sources'].includes(n))).toEqual([]);
  });

  it('reads a frozen record’s properties through the model and leaves the record as it was', () => {
    const node = Object.freeze({ id: 'case:a', type: 'Case', sources: [], props: Object.freeze({ nameZh: '甲', nameEn: 'A', aliases: [] }) }) as NodeRecord;
    const m = toEntityModel(node);
    expect([m.id, m.type, m.nameZh, m.nameEn]).toEqual(['case:a', 'Case', '甲', 'A']);
    const edge = Object.freeze({ id: 'a|APPLIES|b', type: 'APPLIES', from: 'a', to: 'b', sources: [], props: Object.freeze({ role: 'lead' }) }) as EdgeRecord;
    const e = toEdgeModel(edge);
    expect([e.id, e.type, e.from, e.to, e.role]).toEqual(['a|APPLIES|b', 'APPLIES', 'a', 'b', 'lead']);
    expect(node.props).toEqual({ nameZh: '甲', nameEn: 'A', aliases: [] });
  });
});
