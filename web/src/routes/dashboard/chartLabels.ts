/** The catalogue lookups a chart needs, in the reader's language and in the other one (hover details and exports are bilingual). */
import { htmlLang, type Lang } from '../../lib/i18n/lang';
import { localized, translate, translateEnum, type MessageKey, type Params } from '../../lib/i18n/translate';

export interface ChartLabels {
  readonly lang: Lang;
  t(key: MessageKey, params?: Params): string;
  /** The same message in the other language. */
  tOther(key: MessageKey, params?: Params): string;
  enumValue(field: string, value: string): string;
  text(zh: string | null | undefined, en: string | null | undefined): string;
  otherText(zh: string | null | undefined, en: string | null | undefined): string;
  number(n: number): string;
  readonly listSeparator: string;
  /** These labels in the other language. */
  readonly other: ChartLabels;
}

const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

export function chartLabels(lang: Lang): ChartLabels {
  const make = (l: Lang, other: () => ChartLabels): ChartLabels => {
    const numbers = new Intl.NumberFormat(htmlLang(l));
    return {
      lang: l,
      t: (key, params) => translate(l, key, params),
      tOther: (key, params) => translate(otherLang(l), key, params),
      enumValue: (field, value) => translateEnum(l, field, value),
      text: (zh, en) => localized(l, zh, en),
      otherText: (zh, en) => localized(otherLang(l), zh, en),
      number: (n) => numbers.format(n),
      listSeparator: l === 'zh' ? '、' : ', ',
      get other() {
        return other();
      },
    };
  };
  const mine: ChartLabels = make(lang, () => theirs);
  const theirs: ChartLabels = make(otherLang(lang), () => mine);
  return mine;
}
