/**
 * The messages at hand, by language: the core catalogues from the start, and each part's module once imported
 * (it calls provideMessages). translate.ts looks messages up here; this module imports neither it nor the parts.
 */
import type { Lang } from '../lang';
import { en } from './en';
import { zh } from './zh';

/** A message module: the same keys in both languages. */
export interface Messages<K extends string> {
  zh: Record<K, string>;
  en: Record<K, string>;
}

export const registered: Readonly<Record<Lang, Record<string, string>>> = { zh: { ...zh }, en: { ...en } };

/** Adds a part's messages to the lookup; its module calls this when it is first imported. */
export function provideMessages<K extends string>(messages: Messages<K>): Messages<K> {
  Object.assign(registered.zh, messages.zh);
  Object.assign(registered.en, messages.en);
  return messages;
}
