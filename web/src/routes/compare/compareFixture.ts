/** A small comparison, as the API returns one, for the table and export tests. */
import type { Comparison } from './compareTable';

const ref = (id: string, nameZh: string, nameEn: string) => ({ id, type: id.startsWith('model:') ? ('GovernanceModel' as const) : id.startsWith('actor:') ? ('Actor' as const) : ('Publication' as const), nameZh, nameEn });
const src = (doc: string, locator: string) => ({ doc, locator, publication: doc === 'pub:web' ? { id: 'pub:web', nameZh: '网页', nameEn: 'A Web Page' } : null });

export const COMPARISON: Comparison = {
  entities: [ref('model:a', '甲模式', 'Model A'), ref('model:b', '乙模式', 'Model B')],
  facets: [
    {
      facet: 'ACTORS',
      sharedCount: 1,
      uniqueCount: 1,
      items: [
        { key: 'actor:rc', labelZh: '居委会', labelEn: "Residents' Committee", shared: true, unique: false, entity: ref('actor:rc', '居委会', "Residents' Committee"), holders: [
          { entityId: 'model:a', relations: ['INVOLVES'], incoming: [], roles: ['核心'], sources: [src('003_x', '一、(1)')] },
          { entityId: 'model:b', relations: ['INVOLVES'], incoming: [], roles: [], sources: [src('pub:web', 'p. 2')] },
        ] },
        { key: 'actor:firm', labelZh: '企业, "大型"', labelEn: 'Enterprise | large', shared: false, unique: true, entity: ref('actor:firm', '企业, "大型"', 'Enterprise | large'), holders: [
          { entityId: 'model:b', relations: ['INVOLVES'], incoming: [], roles: [], sources: [src('pub:web', 'p. 3')] },
        ] },
      ],
    },
    {
      facet: 'PERIODS',
      sharedCount: 0,
      uniqueCount: 2,
      items: [
        { key: 'decade:1990', labelZh: '1990年代', labelEn: '1990s', shared: false, unique: true, entity: null, holders: [{ entityId: 'model:a', relations: [], incoming: [], roles: [], sources: [src('003_x', '一')] }] },
        { key: 'decade:2000', labelZh: '2000年代', labelEn: '2000s', shared: false, unique: true, entity: null, holders: [{ entityId: 'model:b', relations: [], incoming: [], roles: [], sources: [src('003_x', '二')] }] },
      ],
    },
  ],
  edges: [{ id: 'model:a|INVOLVES|actor:rc', type: 'INVOLVES', from: 'model:a', to: 'actor:rc' }],
};
