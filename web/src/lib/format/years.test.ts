import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type Params } from '../i18n/translate';
import { yearsLabel } from './years';

const en = (key: MessageKey, params?: Params) => translate('en', key, params);
const zh = (key: MessageKey, params?: Params) => translate('zh', key, params);

describe('yearsLabel', () => {
  it('shows nothing without years', () => {
    expect(yearsLabel(en, null, null)).toBeUndefined();
  });
  it('shows one year for a start alone or an equal end', () => {
    expect(yearsLabel(en, 2013, null)).toBe('2013');
    expect(yearsLabel(zh, 2013, 2013)).toBe('2013 年');
  });
  it('shows a range', () => {
    expect(yearsLabel(en, 1949, 1978)).toBe('1949–1978');
    expect(yearsLabel(zh, 1949, 1978)).toBe('1949–1978 年');
  });
  it('shows an open start as a range ending in the year', () => {
    expect(yearsLabel(en, null, 1978)).toBe('–1978');
  });
});
