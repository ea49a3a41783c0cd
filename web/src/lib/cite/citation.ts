/**
 * Citations of publications and of portal entries, in GB/T 7714-2015 (the Chinese national standard) and BibTeX.
 * Pure, so the entity page, the literature list and the tests share one formatter.
 */

/** What a citation needs of a publication; any API selection with these fields will do. */
export interface CitableWork {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: string | null;
  venue: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  language: string | null;
  url: string | null;
  authorsText: string | null;
  yearFrom: number | null;
  /** Authors in order (AUTHORED_BY), when the graph has them. */
  authors?: readonly { nameZh: string; nameEn: string }[];
}

/** A portal entry: an entity page, cited as an online database record. */
export interface PortalEntry {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Absolute address of the entity page. */
  url: string;
  /** The day it was looked at, YYYY-MM-DD. */
  accessed: string;
}

export const PORTAL_NAME = { zh: '社区治理图谱', en: 'Governance Atlas' } as const;

/** GB/T 7714 document type codes. */
const GBT_CODE: Readonly<Record<string, string>> = {
  article: 'J',
  book: 'M',
  chapter: 'M',
  thesis: 'D',
  report: 'R',
  newspaper: 'N',
  conference: 'C',
  dataset: 'DS',
  webpage: 'EB/OL',
  speech: 'Z',
};

const isEnglish = (w: CitableWork) => w.language === 'en';
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The title in the work's own language (a Chinese paper's Chinese title, an English paper's English one). */
export function originalTitle(w: CitableWork): string {
  const [mine, other] = isEnglish(w) ? [w.nameEn, w.nameZh] : [w.nameZh, w.nameEn];
  return clean(mine) || clean(other);
}

/** Author names in the work's language: from the graph's authors, else split from the printed author line. */
export function authorNames(w: CitableWork): string[] {
  if (w.authors?.length) return w.authors.map((a) => clean(isEnglish(w) ? a.nameEn || a.nameZh : a.nameZh || a.nameEn)).filter(Boolean);
  const printed = clean(w.authorsText);
  if (!printed) return [];
  return printed
    .split(/\s*(?:[,，、;；]|\band\b|\s(?=[\u4e00-\u9fff]))\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** GB/T 7714: at most three authors, then "等" (Chinese works) or "et al." (others). */
function gbtAuthors(w: CitableWork): string {
  const names = authorNames(w);
  if (names.length === 0) return '';
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown}, ${isEnglish(w) ? 'et al' : '等'}` : shown;
}

/** "2019(4)", "2007, 28(2)" or "2019": year, volume and issue as GB/T 7714 writes them for a journal. */
function gbtIssue(w: CitableWork): string {
  const year = w.yearFrom === null ? '' : String(w.yearFrom);
  const volume = clean(w.volume);
  const issue = clean(w.issue);
  if (/^\d+$/.test(volume)) return [year, `${volume}${issue ? `(${issue})` : ''}`].filter(Boolean).join(', ');
  return issue ? `${year}(${issue})` : year;
}

export function gbt7714(w: CitableWork, accessed?: string): string {
  const kind = w.kind ?? 'article';
  const code = GBT_CODE[kind] ?? 'Z';
  const online = kind === 'webpage' || kind === 'dataset';
  const head = [gbtAuthors(w), `${originalTitle(w)}[${code}]`].filter(Boolean).join('. ');
  const venue = clean(w.venue);
  const year = w.yearFrom === null ? '' : String(w.yearFrom);
  const pages = clean(w.pages);
  let tail: string;
  switch (kind) {
    case 'article':
    case 'newspaper':
      tail = [venue, gbtIssue(w)].filter(Boolean).join(', ') + (pages ? `: ${pages}` : '');
      break;
    case 'webpage':
    case 'dataset':
      tail = [venue, `${year ? `(${year})` : ''}${accessed ? `[${accessed}]` : ''}`].filter(Boolean).join('. ');
      break;
    default:
      tail = [venue, year].filter(Boolean).join(', ') + (pages ? `: ${pages}` : '');
  }
  const url = clean(w.url);
  return `${[head, tail].filter(Boolean).join('. ')}.${url && (online || !venue) ? ` ${url}.` : ''}`.replace(/\.\./g, '.');
}

/** A citation key from the id: `pub:tang-li-2019-embedding` → `tang-li-2019-embedding`. */
export function bibKey(id: string): string {
  return id.replace(/^[a-z]+:/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'entry';
}

/** Escapes BibTeX's special characters; braces are dropped rather than risk an unbalanced field. */
export function bibEscape(s: string): string {
  return clean(s)
    .replace(/[{}]/g, '')
    .replace(/\\/g, '')
    .replace(/([&%$#_])/g, '\\$1');
}

const BIB_TYPE: Readonly<Record<string, { type: string; venueField: string }>> = {
  article: { type: 'article', venueField: 'journal' },
  newspaper: { type: 'article', venueField: 'journal' },
  book: { type: 'book', venueField: 'publisher' },
  chapter: { type: 'incollection', venueField: 'booktitle' },
  thesis: { type: 'phdthesis', venueField: 'school' },
  report: { type: 'techreport', venueField: 'institution' },
  conference: { type: 'inproceedings', venueField: 'booktitle' },
};

function bibEntry(type: string, key: string, fields: [string, string | null | undefined][]): string {
  const lines = fields.filter(([, v]) => v != null && clean(v) !== '').map(([k, v]) => `  ${k} = {${v}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

export function bibtex(w: CitableWork): string {
  const spec = BIB_TYPE[w.kind ?? ''] ?? { type: 'misc', venueField: 'howpublished' };
  const url = clean(w.url);
  const other = isEnglish(w) ? clean(w.nameZh) : clean(w.nameEn);
  const volume = clean(w.volume);
  return bibEntry(spec.type, bibKey(w.id), [
    ['author', authorNames(w).map(bibEscape).join(' and ')],
    ['title', bibEscape(originalTitle(w))],
    [spec.venueField, spec.type === 'misc' ? (clean(w.venue) ? bibEscape(clean(w.venue)) : null) : bibEscape(clean(w.venue))],
    ['year', w.yearFrom === null ? null : String(w.yearFrom)],
    ['volume', /^\d+$/.test(volume) ? volume : null],
    ['number', clean(w.issue) || null],
    ['pages', clean(w.pages).replace(/\s*[-–—]\s*/, '--') || null],
    ['url', url ? url.replace(/[{}\\]/g, '') : null],
    ['language', w.language === 'zh' ? 'chinese' : w.language === 'en' ? 'english' : null],
    ['note', other && other !== originalTitle(w) ? bibEscape(other) : null],
  ]);
}

/** Several works as one .bib file, in the order given. */
export function bibtexList(works: readonly CitableWork[]): string {
  return `${works.map(bibtex).join('\n\n')}\n`;
}

/** The portal entry in GB/T 7714 as an online database record [DB/OL]. */
export function portalGbt7714(e: PortalEntry, lang: 'zh' | 'en'): string {
  const name = lang === 'zh' ? clean(e.nameZh) || clean(e.nameEn) : clean(e.nameEn) || clean(e.nameZh);
  const year = e.accessed.slice(0, 4);
  return `${PORTAL_NAME[lang]}. ${name}[DB/OL]. (${year})[${e.accessed}]. ${e.url}.`;
}

export function portalBibtex(e: PortalEntry): string {
  const zh = clean(e.nameZh);
  const en = clean(e.nameEn);
  return bibEntry('misc', `atlas-${bibKey(e.id)}`, [
    ['author', `{${PORTAL_NAME.en}}`],
    ['title', bibEscape(zh && en && zh !== en ? `${zh} (${en})` : zh || en)],
    ['howpublished', `\\url{${e.url.replace(/[{}\\]/g, '')}}`],
    ['year', e.accessed.slice(0, 4)],
    ['note', `${PORTAL_NAME.zh}, accessed ${e.accessed}`],
  ]);
}
