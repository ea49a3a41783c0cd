/**
 * Which web-font files a piece of text needs. Noto Sans SC ships as ~100 files per weight, each covering a
 * `unicode-range`; an exported SVG embeds only the files its text uses, so Chinese renders wherever the file is
 * opened, without the portal's fonts and without the network (issue 9).
 */
export interface FontFaceSource {
  family: string;
  weight: string;
  style: string;
  /** The CSS `unicode-range` value; empty means every code point. */
  unicodeRange: string;
  /** URL of the font file (the first `url()` of `src`). */
  url: string;
  format: string;
}

export type CodeRange = readonly [number, number];

/** Parses `U+4E00-9FFF, U+20, U+4??` into inclusive code point ranges. */
export function parseUnicodeRange(value: string): CodeRange[] {
  if (value.trim() === '') return [[0, 0x10ffff]];
  return value.split(',').flatMap((part): CodeRange[] => {
    const m = /^\s*U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m) return [];
    if (m[1].includes('?')) return [[parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'f'), 16)]];
    const start = parseInt(m[1], 16);
    return [[start, m[2] ? parseInt(m[2], 16) : start]];
  });
}

export function covers(ranges: readonly CodeRange[], codePoint: number): boolean {
  return ranges.some(([a, b]) => codePoint >= a && codePoint <= b);
}

/** The faces of `family` whose range covers at least one character of `text`, for the weights given. */
export function facesFor(text: string, faces: readonly FontFaceSource[], family: string, weights: readonly string[]): FontFaceSource[] {
  const points = [...new Set([...text].map((ch) => ch.codePointAt(0)!))].filter((cp) => cp > 0x20);
  return faces.filter((f) => f.family === family && weights.includes(f.weight) && points.some((cp) => covers(parseUnicodeRange(f.unicodeRange), cp)));
}

/** The first `url(...)` in a CSS `src` value, with its format. */
export function firstUrl(src: string): { url: string; format: string } | null {
  const m = /url\(\s*(['"]?)([^'")]+)\1\s*\)(?:\s*format\(\s*['"]?([\w-]+)['"]?\s*\))?/.exec(src);
  return m ? { url: m[2], format: m[3] ?? 'woff2' } : null;
}

/** An @font-face rule whose file is inlined as a data URL. */
export function inlineFontFace(face: FontFaceSource, dataUrl: string): string {
  const range = face.unicodeRange ? `unicode-range:${face.unicodeRange};` : '';
  return `@font-face{font-family:"${face.family}";font-style:${face.style};font-weight:${face.weight};src:url(${dataUrl}) format("${face.format}");${range}}`;
}
