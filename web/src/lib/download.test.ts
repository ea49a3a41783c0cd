import { describe, expect, it } from 'vitest';
import { fileStem } from './download';

describe('fileStem', () => {
  it('keeps letters, digits and Chinese, and joins the rest with single dashes', () => {
    expect(fileStem('Shanghai Model · Shenyang Model')).toBe('Shanghai-Model-Shenyang-Model');
    expect(fileStem('上海模式 / 沈阳模式')).toBe('上海模式-沈阳模式');
    expect(fileStem('  ***  ')).toBe('export');
  });
});
