import { describe, expect, it } from 'vitest';
import { facesFor, firstUrl, inlineFontFace, parseUnicodeRange, type FontFaceSource } from './fontFaces';

const face = (weight: string, unicodeRange: string, url = `/f-${weight}-${unicodeRange}.woff2`): FontFaceSource => ({
  family: 'Noto Sans SC', weight, style: 'normal', unicodeRange, url, format: 'woff2',
});

describe('parseUnicodeRange', () => {
  it('reads single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+20, U+4E00-4E0F, U+4??')).toEqual([[0x20, 0x20], [0x4e00, 0x4e0f], [0x400, 0x4ff]]);
  });

  it('treats an empty range as every code point and skips what it cannot read', () => {
    expect(parseUnicodeRange('')).toEqual([[0, 0x10ffff]]);
    expect(parseUnicodeRange('U+41, nonsense')).toEqual([[0x41, 0x41]]);
  });
});

describe('facesFor', () => {
  const faces = [face('400', 'U+0-FF'), face('400', 'U+4E00-4E5F'), face('400', 'U+9000-9FFF'), face('700', 'U+4E00-4E5F'), { ...face('400', 'U+0-FF'), family: 'Other' }];

  it('keeps only the files of the family and weights whose ranges the text touches', () => {
    expect(facesFor('三 A', faces, 'Noto Sans SC', ['400']).map((f) => f.unicodeRange)).toEqual(['U+0-FF', 'U+4E00-4E5F']);
    expect(facesFor('三', faces, 'Noto Sans SC', ['400', '700']).map((f) => `${f.weight} ${f.unicodeRange}`)).toEqual(['400 U+4E00-4E5F', '700 U+4E00-4E5F']);
  });

  it('needs no file for text of spaces only', () => {
    expect(facesFor('   ', faces, 'Noto Sans SC', ['400'])).toEqual([]);
  });
});

describe('firstUrl and inlineFontFace', () => {
  it('take the first woff2 of a src list and write a self-contained rule', () => {
    const src = 'url("/_app/immutable/assets/noto-sans-sc-4-400-normal.abc.woff2") format("woff2"), url(/x.woff) format("woff")';
    expect(firstUrl(src)).toEqual({ url: '/_app/immutable/assets/noto-sans-sc-4-400-normal.abc.woff2', format: 'woff2' });
    expect(inlineFontFace(face('400', 'U+4E00-4E5F'), 'data:font/woff2;base64,AAAA')).toBe(
      '@font-face{font-family:"Noto Sans SC";font-style:normal;font-weight:400;src:url(data:font/woff2;base64,AAAA) format("woff2");unicode-range:U+4E00-4E5F;}',
    );
  });
});
