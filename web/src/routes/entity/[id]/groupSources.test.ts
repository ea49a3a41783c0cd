import { describe, expect, it } from 'vitest';
import { groupSources } from './groupSources';

const pub = { id: 'pub:002', nameZh: '论文', nameEn: 'Paper', yearFrom: 2020, authorsText: '李娟' };

describe('groupSources', () => {
  it('gives one entry per document with its locators, in curated order, without repeats', () => {
    const groups = groupSources([
      { doc: '002_x', locator: '三、(一)', publication: pub },
      { doc: '001_y', locator: '4.5', publication: null },
      { doc: '002_x', locator: '五、结论', publication: pub },
      { doc: '002_x', locator: '三、(一)', publication: pub },
    ]);
    expect(groups).toEqual([
      { doc: '002_x', publication: pub, locators: ['三、(一)', '五、结论'] },
      { doc: '001_y', publication: null, locators: ['4.5'] },
    ]);
  });

  it('keeps a document cited without a locator', () => {
    expect(groupSources([{ doc: 'ext:mca-2019', locator: ' ', publication: null }])).toEqual([{ doc: 'ext:mca-2019', publication: null, locators: [] }]);
  });
});
