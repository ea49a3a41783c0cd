/** An entity's years as a short label: a single year, a range, or an open start. */
import type { MessageKey, Params } from '../i18n/translate';

export function yearsLabel(t: (key: MessageKey, params?: Params) => string, from: number | null, to: number | null): string | undefined {
  if (from === null && to === null) return undefined;
  if (from !== null && (to === null || to === from)) return t('entity.yearSingle', { year: from });
  if (from === null) return t('entity.yearRange', { from: '', to: to ?? '' }).trim();
  return t('entity.yearRange', { from, to: to ?? '' });
}
