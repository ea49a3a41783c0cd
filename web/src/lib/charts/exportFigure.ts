/**
 * Browser side of exports: a drawn <svg> becomes a standalone SVG file with the Chinese font embedded, a PNG
 * drawn from that SVG, or a CSV; then the browser downloads it. Used by the dashboard's charts and the map.
 */
import { composeFigure, FONT_STACK, type FigureText } from './figureLayout';
import { facesFor, firstUrl, inlineFontFace, type FontFaceSource } from './fontFaces';

const FAMILY = 'Noto Sans SC';
const WEIGHTS = ['400', '700'];

/** The portal's @font-face rules for a family, read from its (same-origin) stylesheets. */
function documentFontFaces(family: string): FontFaceSource[] {
  const faces: FontFaceSource[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet; the portal has none, but a browser extension might
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const name = rule.style.getPropertyValue('font-family').replace(/['"]/g, '').trim();
      const src = firstUrl(rule.style.getPropertyValue('src'));
      if (name !== family || !src) continue;
      faces.push({
        family: name,
        weight: rule.style.getPropertyValue('font-weight').trim() || '400',
        style: rule.style.getPropertyValue('font-style').trim() || 'normal',
        unicodeRange: rule.style.getPropertyValue('unicode-range').trim(),
        url: new URL(src.url, sheet.href ?? document.baseURI).href,
        format: src.format,
      });
    }
  }
  return faces;
}

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => ok(String(reader.result));
    reader.onerror = () => fail(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** @font-face rules, with the files inlined, for every file the text needs. */
async function embeddedFontCss(text: string): Promise<string> {
  const faces = facesFor(text, documentFontFaces(FAMILY), FAMILY, WEIGHTS);
  const rules = await Promise.all(faces.map(async (f) => inlineFontFace(f, await dataUrl(f.url))));
  return rules.join('');
}

/** The picture's markup without what belongs to the screen only (an open tooltip, focus rings). */
function pictureMarkup(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('[aria-label="tip"], [data-screen-only]').forEach((n) => n.remove());
  const box = svg.viewBox.baseVal;
  const width = Number(svg.getAttribute('width')) || box?.width || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || box?.height || svg.clientHeight;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.style.fontFamily = FONT_STACK;
  copy.style.maxWidth = '';
  return { markup: new XMLSerializer().serializeToString(copy).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, ''), width, height };
}

export async function figureSvg(svg: SVGSVGElement, text: FigureText): Promise<{ svg: string; width: number; height: number }> {
  const { markup, width, height } = pictureMarkup(svg);
  const shown = [text.title, text.otherTitle ?? '', text.note ?? '', text.credit, ...text.legend.map((l) => l.label), svg.textContent ?? ''].join('');
  return composeFigure(text, markup, width, height, await embeddedFontCss(shown));
}

/** Text drawing needs its font; `document.fonts.load` fetches exactly the files the text uses. */
async function loadFonts(texts: { font: string; text: string }[]): Promise<void> {
  const byFont = new Map<string, string>();
  for (const t of texts) byFont.set(t.font, (byFont.get(t.font) ?? '') + t.text);
  await Promise.all([...byFont].map(([font, text]) => document.fonts.load(font, text)));
}

interface PlacedChar {
  char: string;
  font: string;
  fill: string;
  /** Root user space ← the character's user space. */
  matrix: DOMMatrix;
  x: number;
  y: number;
}

/**
 * Every character of the figure with its font, colour and position, measured in a live (invisible) copy that
 * uses the portal's own fonts: positions include text-anchor, dy and the nesting of the picture.
 */
function placeCharacters(root: SVGSVGElement): PlacedChar[] {
  const toRoot = root.getScreenCTM()?.inverse();
  if (!toRoot) return [];
  const leaves = Array.from(root.querySelectorAll<SVGTextContentElement>('text, tspan')).filter((e) => e.children.length === 0 && (e.textContent ?? '') !== '');
  return leaves.flatMap((leaf) => {
    const style = getComputedStyle(leaf);
    const ctm = leaf.getScreenCTM();
    if (!ctm || style.display === 'none' || style.visibility === 'hidden') return [];
    const matrix = toRoot.multiply(ctm);
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = leaf.textContent ?? '';
    const out: PlacedChar[] = [];
    for (let i = 0; i < leaf.getNumberOfChars(); i++) {
      const p = leaf.getStartPositionOfChar(i);
      // A character outside the basic plane is two UTF-16 units; draw it once, from its first unit.
      const code = text.charCodeAt(i);
      if (code >= 0xdc00 && code <= 0xdfff) continue;
      out.push({ char: code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i], font, fill: style.fill, matrix, x: p.x, y: p.y });
    }
    return out;
  });
}

/**
 * The PNG: the figure's shapes drawn from the SVG (with its text hidden), then its text drawn on the canvas with the
 * portal's fonts once `document.fonts` has them. An SVG drawn as an image loads embedded fonts in its own time
 * and may be painted before they arrive (blank Chinese); text drawn this way cannot be.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-100000px;top:0;opacity:0;pointer-events:none;';
  holder.innerHTML = svgText.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  document.body.append(holder);
  const url = URL.createObjectURL(new Blob([svgText.replace(/<style>[\s\S]*?<\/style>/, '<style>text{display:none}</style>')], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const chars = placeCharacters(holder.querySelector('svg')!);
    await loadFonts(chars.map((c) => ({ font: c.font, text: c.char })));
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    for (const c of chars) {
      const m = c.matrix;
      ctx.setTransform(scale * m.a, scale * m.b, scale * m.c, scale * m.d, scale * m.e, scale * m.f);
      ctx.font = c.font;
      ctx.fillStyle = c.fill;
      ctx.fillText(c.char, c.x, c.y);
    }
    return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the PNG could not be encoded'))), 'image/png'));
  } finally {
    holder.remove();
    URL.revokeObjectURL(url);
  }
}

export function download(content: Blob | string, filename: string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the URL is freed on the next turn rather than at once, for slower browsers.
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export type ExportFormat = 'svg' | 'png';

export async function exportFigure(svg: SVGSVGElement, text: FigureText, format: ExportFormat, basename: string): Promise<void> {
  const figure = await figureSvg(svg, text);
  if (format === 'svg') download(figure.svg, `${basename}.svg`, 'image/svg+xml;charset=utf-8');
  else download(await svgToPng(figure.svg, figure.width, figure.height), `${basename}.png`);
}
