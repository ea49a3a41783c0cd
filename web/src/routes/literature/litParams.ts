/** The literature page's filters as URL parameters, both ways. */
import type { LiteratureFilter } from '../../lib/generated/graphql';

export const PUB_KINDS = ['article', 'book', 'chapter', 'thesis', 'report', 'speech', 'newspaper', 'webpage', 'dataset', 'conference'] as const;
export const PUB_LANGUAGES = ['zh', 'en'] as const;

export interface LitParams {
  q: string;
  from: number | null;
  to: number | null;
  language: string;
  kind: string;
  author: string;
  seed: boolean;
}

const year = (v: string | null) => (v && /^\d{1,4}$/.test(v.trim()) ? Number(v.trim()) : null);

export function readLitParams(p: URLSearchParams): LitParams {
  const language = p.get('language') ?? '';
  const kind = p.get('kind') ?? '';
  const author = p.get('author') ?? '';
  let from = year(p.get('from'));
  let to = year(p.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    q: (p.get('q') ?? '').trim().slice(0, 200),
    from,
    to,
    language: (PUB_LANGUAGES as readonly string[]).includes(language) ? language : '',
    kind: (PUB_KINDS as readonly string[]).includes(kind) ? kind : '',
    author: /^[a-z]+:[^\s]{1,200}$/.test(author) ? author : '',
    seed: p.get('seed') === '1',
  };
}

export function toLiteratureFilter(p: LitParams): LiteratureFilter {
  return {
    ...(p.q ? { text: p.q } : {}),
    ...(p.from !== null ? { yearFrom: p.from } : {}),
    ...(p.to !== null ? { yearTo: p.to } : {}),
    ...(p.language ? { language: p.language } : {}),
    ...(p.kind ? { kind: p.kind } : {}),
    ...(p.author ? { author: p.author } : {}),
    ...(p.seed ? { seedOnly: true } : {}),
  };
}

export function litSearch(p: LitParams): string {
  const out = new URLSearchParams();
  if (p.q) out.set('q', p.q);
  if (p.from !== null) out.set('from', String(p.from));
  if (p.to !== null) out.set('to', String(p.to));
  if (p.language) out.set('language', p.language);
  if (p.kind) out.set('kind', p.kind);
  if (p.author) out.set('author', p.author);
  if (p.seed) out.set('seed', '1');
  const s = out.toString();
  return s ? `?${s}` : '';
}

/** A short node label for the citation network: first author and year ("唐鸣 2019"), else a cut title. */
export function shortLabel(authors: readonly string[], printed: string | null, year: number | null, title: string): string {
  const who = authors[0] ?? printed?.split(/[,，、;；\s]+/).find(Boolean) ?? '';
  const more = authors.length > 1 ? (/[\u4e00-\u9fff]/.test(who) ? '等' : ' et al.') : '';
  if (who && year !== null) return `${who}${more} ${year}`;
  const cut = title.length > 18 ? `${title.slice(0, 17)}…` : title;
  return year !== null ? `${cut} ${year}` : cut;
}
