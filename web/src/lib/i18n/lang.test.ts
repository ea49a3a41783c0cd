import { describe, expect, it } from 'vitest';
import { htmlLang, isLang, negotiateLang } from './lang';

describe('negotiateLang', () => {
  it('takes an explicit ?lang= over the cookie', () => {
    expect(negotiateLang('en', 'zh', 'zh-CN')).toBe('en');
  });
  it('takes the cookie over Accept-Language', () => {
    expect(negotiateLang(null, 'en', 'zh-CN,zh;q=0.9')).toBe('en');
  });
  it('ignores values that are not our languages', () => {
    expect(negotiateLang('fr', 'de', null)).toBe('zh');
  });
  it('follows Accept-Language by quality, then by order', () => {
    expect(negotiateLang(null, undefined, 'fr-FR,en-GB;q=0.8,zh;q=0.5')).toBe('en');
    expect(negotiateLang(null, undefined, 'en;q=0.4, zh-TW;q=0.7')).toBe('zh');
    expect(negotiateLang(null, undefined, 'en-US, zh-CN')).toBe('en');
  });
  it('falls back to Chinese', () => {
    expect(negotiateLang(null, undefined, null)).toBe('zh');
    expect(negotiateLang(null, undefined, 'fr, de;q=0.5, en;q=0')).toBe('zh');
  });
});

describe('htmlLang and isLang', () => {
  it('tags Chinese pages as simplified Chinese', () => {
    expect(htmlLang('zh')).toBe('zh-CN');
    expect(htmlLang('en')).toBe('en');
  });
  it('accepts only zh and en', () => {
    expect(isLang('zh')).toBe(true);
    expect(isLang('EN')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});
