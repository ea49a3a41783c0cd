import { describe, expect, it } from 'vitest';
import { authorNames, bibEscape, bibKey, bibtex, bibtexList, gbt7714, portalBibtex, portalGbt7714, type CitableWork } from './citation';

const tangLi: CitableWork = {
  id: 'pub:tang-li-2019-embedding',
  nameZh: '城市社区治理社会化的要素嵌入与整体性建构',
  nameEn: 'Element Embedding and Holistic Construction',
  kind: 'article',
  venue: '社会主义研究',
  volume: '2019年第4期',
  issue: '4',
  pages: null,
  language: 'zh',
  url: null,
  authorsText: '唐鸣 李梦兰',
  yearFrom: 2019,
  authors: [
    { nameZh: '唐鸣', nameEn: 'Tang Ming' },
    { nameZh: '李梦兰', nameEn: 'Li Menglan' },
  ],
};

const kang: CitableWork = {
  id: 'pub:kang-2007-administrative-absorption',
  nameZh: '行政吸纳社会',
  nameEn: 'Administrative Absorption of Society',
  kind: 'article',
  venue: 'Social Sciences in China',
  volume: '28',
  issue: '2',
  pages: '116-128',
  language: 'en',
  url: null,
  authorsText: 'Kang Xiaoguang, Han Heng',
  yearFrom: 2007,
};

describe('GB/T 7714', () => {
  it('cites a Chinese journal article with its authors, [J], journal, year and issue', () => {
    expect(gbt7714(tangLi)).toBe('唐鸣, 李梦兰. 城市社区治理社会化的要素嵌入与整体性建构[J]. 社会主义研究, 2019(4).');
  });

  it('cites an English article in its own language with volume, issue and pages', () => {
    expect(gbt7714(kang)).toBe('Kang Xiaoguang, Han Heng. Administrative Absorption of Society[J]. Social Sciences in China, 2007, 28(2): 116-128.');
  });

  it('shortens more than three authors with 等 or et al', () => {
    const four = ['甲', '乙', '丙', '丁'].map((n) => ({ nameZh: n, nameEn: n }));
    expect(gbt7714({ ...tangLi, authors: four })).toMatch(/^甲, 乙, 丙, 等\. /);
    expect(gbt7714({ ...kang, authors: four })).toMatch(/^甲, 乙, 丙, et al\. /);
  });

  it('cites a web page as [EB/OL] with the date it was read and its address', () => {
    const page: CitableWork = { ...tangLi, kind: 'webpage', authors: [], authorsText: null, venue: 'xinhuanet.com', yearFrom: null, url: 'http://xinhuanet.com/a.htm', nameZh: '直辖市' };
    expect(gbt7714(page, '2025-11-22')).toBe('直辖市[EB/OL]. xinhuanet.com. [2025-11-22]. http://xinhuanet.com/a.htm.');
  });

  it('cites a book as [M] with its publisher and year', () => {
    const book: CitableWork = { ...kang, kind: 'book', venue: 'Farrar & Rinehart', volume: null, issue: null, pages: null, yearFrom: 1944, authorsText: 'Karl Polanyi', nameEn: 'The Great Transformation' };
    expect(gbt7714(book)).toBe('Karl Polanyi. The Great Transformation[M]. Farrar & Rinehart, 1944.');
  });
});

describe('BibTeX', () => {
  it('writes an @article with authors joined by and, the journal, year and number', () => {
    expect(bibtex(tangLi)).toBe(
      [
        '@article{tang-li-2019-embedding,',
        '  author = {唐鸣 and 李梦兰},',
        '  title = {城市社区治理社会化的要素嵌入与整体性建构},',
        '  journal = {社会主义研究},',
        '  year = {2019},',
        '  number = {4},',
        '  language = {chinese},',
        '  note = {Element Embedding and Holistic Construction}',
        '}',
      ].join('\n'),
    );
  });

  it('keeps a numeric volume, writes page ranges with --, and escapes special characters', () => {
    const b = bibtex({ ...kang, venue: 'Society & State_{x}' });
    expect(b).toContain('  volume = {28},');
    expect(b).toContain('  pages = {116--128},');
    expect(b).toContain('  journal = {Society \\& State\\_x},');
    expect(b).toContain('  author = {Kang Xiaoguang and Han Heng},');
  });

  it('joins a list into one file and makes keys from ids', () => {
    expect(bibtexList([tangLi, kang]).match(/^@article\{/gm)).toHaveLength(2);
    expect(bibKey('pub:a b/c')).toBe('a-b-c');
    expect(bibEscape('50% of $x')).toBe('50\\% of \\$x');
  });

  it('splits a printed author line when the graph has no authors', () => {
    expect(authorNames({ ...kang, authors: [] })).toEqual(['Kang Xiaoguang', 'Han Heng']);
    expect(authorNames({ ...tangLi, authors: undefined })).toEqual(['唐鸣', '李梦兰']);
  });
});

describe('portal entry', () => {
  const entry = { id: 'mechanism:charity-bank', nameZh: '公益银行', nameEn: 'Charity Bank', url: 'https://atlas.example/entity/mechanism:charity-bank', accessed: '2025-11-22' };

  it('cites an entity page as an online database record in the reader’s language', () => {
    expect(portalGbt7714(entry, 'zh')).toBe('社区治理图谱. 公益银行[DB/OL]. (2025)[2025-11-22]. https://atlas.example/entity/mechanism:charity-bank.');
    expect(portalGbt7714(entry, 'en')).toBe('Governance Atlas. Charity Bank[DB/OL]. (2025)[2025-11-22]. https://atlas.example/entity/mechanism:charity-bank.');
  });

  it('writes a @misc entry with the portal as a corporate author and the address', () => {
    const b = portalBibtex(entry);
    expect(b.startsWith('@misc{atlas-charity-bank,')).toBe(true);
    expect(b).toContain('  author = {{Governance Atlas}},');
    expect(b).toContain('  title = {公益银行 (Charity Bank)},');
    expect(b).toContain('  howpublished = {\\url{https://atlas.example/entity/mechanism:charity-bank}},');
  });
});
