/**
 * Looking messages up and filling placeholders. Pure, so the server render and the browser agree.
 *
 * The core catalogues (messages/zh.ts, en.ts) are always at hand. The messages of one part of the portal (the
 * explorer, the planner…) live in modules of their own (messages/explore.ts…) that register themselves when imported
 * (messages/registry.ts), and every file using one of their keys imports its module: those strings ship only with the
 * pages that show them, not in the start-up script of every page (issue 8). Both languages of a module come together,
 * so switching language never waits for a download.
 */
import type { Lang } from './lang';
import type { GroupKey } from './messages/groups';
import { registered } from './messages/registry';
import type { CoreKey } from './messages/zh';

export type MessageKey = CoreKey | GroupKey;
export type Catalogue = Record<MessageKey, string>;
export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` with params.name; a placeholder without a value stays visible rather than vanishing. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

/** The message, or its key when the module holding it was not imported (catalogues.test.ts guards against that). */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = registered[lang][key];
  return template === undefined ? key : format(template, params);
}

/** True for a key whose message is at hand (the core ones, and those of the modules imported so far). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(registered.zh, key);
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
