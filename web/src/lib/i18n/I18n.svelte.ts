/** The reader's language as runes state: one instance per page tree, created by the root layout (see context.ts). */
import { htmlLang, type Lang } from './lang';
import { localized, translate, translateEnum, type MessageKey, type Params } from './translate';

interface Named {
  nameZh: string;
  nameEn: string;
}
interface Summarised {
  summaryZh: string;
  summaryEn: string;
}

export class I18n {
  lang: Lang = $state('zh');
  /** The tag for `lang` attributes and Intl formatting. */
  readonly tag = $derived(htmlLang(this.lang));
  readonly #numbers = $derived(new Intl.NumberFormat(this.tag));

  constructor(lang: Lang) {
    this.lang = lang;
  }

  t = (key: MessageKey, params?: Params): string => translate(this.lang, key, params);
  enumValue = (field: string, value: string): string => translateEnum(this.lang, field, value);
  number = (n: number): string => this.#numbers.format(n);
  /** Entity names and summaries follow the interface language, falling back to the other one. */
  name = (e: Named): string => localized(this.lang, e.nameZh, e.nameEn);
  summary = (e: Summarised): string => localized(this.lang, e.summaryZh, e.summaryEn);
  text = (zh: string | null | undefined, en: string | null | undefined): string => localized(this.lang, zh, en);
  /** The name in the other language, when it says something the shown one does not (bilingual labels for class). */
  otherName = (e: Named): string | undefined => {
    const other = this.lang === 'zh' ? e.nameEn : e.nameZh;
    return other && other !== this.name(e) ? other : undefined;
  };
  otherTag = (): string => htmlLang(this.lang === 'zh' ? 'en' : 'zh');
}
