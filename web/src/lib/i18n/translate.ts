/** Looking messages up and filling placeholders. Pure, so the server render and the browser agree. */
import type { Lang } from './lang';
import { en } from './messages/en';
import { zh, type Catalogue, type MessageKey } from './messages/zh';

export type { MessageKey };
export type Params = Readonly<Record<string, string | number>>;

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { zh, en };

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` with params.name; a placeholder without a value stays visible rather than vanishing. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return format(CATALOGUES[lang][key], params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

/** A curated enumeration value (sector, size class…) in the reader's language; unknown values show as stored. */
export function translateEnum(lang: Lang, field: string, value: string): string {
  const key = `enum.${field}.${value}`;
  return isMessageKey(key) ? translate(lang, key) : value;
}

/** The text in the reader's language, or the other language's when ours is missing. */
export function localized(lang: Lang, textZh: string | null | undefined, textEn: string | null | undefined): string {
  const [mine, other] = lang === 'zh' ? [textZh, textEn] : [textEn, textZh];
  return mine?.trim() ? mine : (other ?? '');
}
