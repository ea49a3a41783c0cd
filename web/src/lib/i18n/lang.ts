/** The portal's languages and how a request's language is chosen. Pure: used by the server hook and the browser. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'zh';
/** Cookie read on the server render; localStorage keeps the choice when cookies are cleared. */
export const LANG_COOKIE = 'atlas_lang';
export const LANG_STORAGE_KEY = 'atlas.lang';
/** `?lang=en` on any page switches without JavaScript (the switch's links) and sets the cookie. */
export const LANG_QUERY = 'lang';
export const LANG_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The BCP 47 tag for `<html lang>`, so screen readers and CJK line breaking pick the right rules. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/**
 * The language for a request: an explicit `?lang=`, then the cookie, then the first of our languages the
 * browser's Accept-Language names, then Chinese.
 */
export function negotiateLang(query: string | null, cookie: string | undefined, acceptLanguage: string | null): Lang {
  if (isLang(query)) return query;
  if (isLang(cookie)) return cookie;
  for (const lang of preferredLanguages(acceptLanguage ?? '')) {
    const primary = lang.split('-')[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

function preferredLanguages(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}
