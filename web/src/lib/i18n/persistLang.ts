/** Browser side of the language switch: the cookie makes the next server render match, localStorage outlives cleared cookies. */
import { htmlLang, isLang, LANG_COOKIE, LANG_COOKIE_MAX_AGE, LANG_STORAGE_KEY, type Lang } from './lang';

export function persistLang(lang: Lang): void {
  const secure = location.protocol === 'https:' ? '; secure' : '';
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=${LANG_COOKIE_MAX_AGE}; samesite=lax${secure}`;
  document.documentElement.lang = htmlLang(lang);
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled (private mode, policies); the cookie is enough.
  }
}

/**
 * On first load: the cookie, when present, is the latest choice (the no-JavaScript `?lang=` links set only it);
 * without one, a language remembered in localStorage wins over the server's guess from Accept-Language.
 */
export function restoreLang(rendered: Lang): Lang {
  const hasCookie = document.cookie.split(';').some((c) => c.trim().startsWith(`${LANG_COOKIE}=`));
  let lang = rendered;
  if (!hasCookie) {
    try {
      const stored = localStorage.getItem(LANG_STORAGE_KEY);
      if (isLang(stored)) lang = stored;
    } catch {
      // No storage: keep the rendered language.
    }
  }
  persistLang(lang);
  return lang;
}
