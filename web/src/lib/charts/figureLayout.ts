/**
 * The frame an exported chart or map is drawn in: title (and the title in the other language), a legend that
 * wraps, the picture, a note and a credit line, as one standalone SVG. Pure, so the layout is unit-tested;
 * exportFigure.ts feeds it the drawn picture and the fonts.
 */
export interface LegendEntry {
  label: string;
  colour: string;
  shape?: 'square' | 'circle' | 'diamond';
}

export interface FigureText {
  title: string;
  /** The title in the other language, smaller: exports travel between audiences. */
  otherTitle?: string;
  legend: readonly LegendEntry[];
  note?: string;
  credit: string;
}

export const FONT_STACK = '"Noto Sans SC", "Noto Sans CJK SC", sans-serif';
const PAD = 16;
const SWATCH = 12;
const LEGEND_FONT = 13;
const LEGEND_ROW = 22;

/** Rough advance width: CJK and full-width characters take an em, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return em * fontSize;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Legend entries placed left to right, wrapping at `width`. */
export function legendPositions(entries: readonly LegendEntry[], width: number): { x: number; row: number }[] {
  const out: { x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const e of entries) {
    const w = SWATCH + 6 + textWidth(e.label, LEGEND_FONT) + 18;
    if (x > PAD && x + w > width - PAD) {
      row++;
      x = PAD;
    }
    out.push({ x, row });
    x += w;
  }
  return out;
}

function swatch(e: LegendEntry, x: number, y: number): string {
  const fill = escapeXml(e.colour);
  switch (e.shape ?? 'square') {
    case 'circle':
      return `<circle cx="${x + SWATCH / 2}" cy="${y + SWATCH / 2}" r="${SWATCH / 2}" fill="${fill}" stroke="#17202c" stroke-opacity="0.6"/>`;
    case 'diamond':
      return `<rect x="${x + 2}" y="${y + 2}" width="${SWATCH - 4}" height="${SWATCH - 4}" transform="rotate(45 ${x + SWATCH / 2} ${y + SWATCH / 2})" fill="${fill}" stroke="#17202c" stroke-opacity="0.6"/>`;
    case 'square':
      return `<rect x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="${fill}" stroke="#17202c" stroke-opacity="0.5"/>`;
  }
}

/**
 * The standalone SVG: `picture` is the inner picture's markup (an <svg> element of `pictureWidth` × `pictureHeight`),
 * `fontCss` the @font-face rules to embed.
 */
export function composeFigure(text: FigureText, picture: string, pictureWidth: number, pictureHeight: number, fontCss: string): { svg: string; width: number; height: number } {
  // The picture sits a little in from the edge: axis labels drawn at its very edge would touch the border.
  const inset = 8;
  const width = Math.max(pictureWidth + 2 * inset, 320);
  const parts: string[] = [];
  let y = PAD + 20;
  parts.push(`<text x="${PAD}" y="${y}" font-size="20" font-weight="700" fill="#17202c">${escapeXml(text.title)}</text>`);
  if (text.otherTitle) {
    y += 22;
    parts.push(`<text x="${PAD}" y="${y}" font-size="14" fill="#44505f">${escapeXml(text.otherTitle)}</text>`);
  }
  y += 14;
  const places = legendPositions(text.legend, width);
  text.legend.forEach((e, i) => {
    const top = y + places[i].row * LEGEND_ROW;
    parts.push(swatch(e, places[i].x, top), `<text x="${places[i].x + SWATCH + 6}" y="${top + 11}" font-size="${LEGEND_FONT}" fill="#17202c">${escapeXml(e.label)}</text>`);
  });
  if (text.legend.length > 0) y += (places[places.length - 1].row + 1) * LEGEND_ROW;
  y += 6;
  const pictureTop = y;
  y += pictureHeight + 8;
  if (text.note) {
    y += 14;
    parts.push(`<text x="${PAD}" y="${y}" font-size="12" fill="#44505f">${escapeXml(text.note)}</text>`);
  }
  y += 16;
  parts.push(`<text x="${PAD}" y="${y}" font-size="11" fill="#44505f">${escapeXml(text.credit)}</text>`);
  const height = Math.ceil(y + PAD);
  const nested = picture.replace(/^<svg\b/, `<svg x="${inset}" y="${pictureTop}"`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${FONT_STACK}'>` +
    `<style>${fontCss}</style><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}${nested}</svg>`;
  return { svg, width, height };
}
