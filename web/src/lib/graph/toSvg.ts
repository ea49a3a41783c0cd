/**
 * A drawn graph as a standalone SVG file, written from the canvas's own positions and element data (the
 * cytoscape-svg extension is not a dependency). Vector, so it scales for print and slides; text stays text,
 * so labels remain searchable and translatable.
 */
import type { DrawnGraph } from './toElements';
import { HIGHLIGHT } from './graphStyle';

const PAD = 40;
const FONT = 13;
const LINE = 16;
const EDGE = '#7A8594';
const INK = '#17202C';

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids outright are dropped; the five specials are escaped.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** Unit polygons (radius 1) for the shapes the palette uses; ellipse, rectangles and barrel are drawn natively. */
function polygon(shape: string): [number, number][] | null {
  const regular = (n: number, start = -Math.PI / 2): [number, number][] =>
    Array.from({ length: n }, (_, i) => [Math.cos(start + (i * 2 * Math.PI) / n), Math.sin(start + (i * 2 * Math.PI) / n)]);
  switch (shape) {
    case 'triangle':
      return regular(3);
    case 'diamond':
    case 'round-diamond':
      return regular(4);
    case 'pentagon':
      return regular(5);
    case 'hexagon':
      return regular(6, 0);
    case 'octagon':
      return regular(8, Math.PI / 8);
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 === 0 ? 1 : 0.45;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
      });
    case 'tag':
      return [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]];
    case 'vee':
      return [[-1, -1], [0, -0.33], [1, -1], [0, 1]];
    default:
      return null;
  }
}

export function shapeSvg(shape: string, x: number, y: number, size: number, attrs: string): string {
  const r = size / 2;
  const points = polygon(shape);
  if (points) return `<polygon points="${points.map(([px, py]) => `${fmt(x + px * r)},${fmt(y + py * r)}`).join(' ')}" ${attrs}/>`;
  const rx = shape === 'round-rectangle' ? r * 0.3 : shape === 'barrel' ? r * 0.6 : shape === 'rectangle' ? 0 : r;
  if (rx === r) return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" ${attrs}/>`;
  return `<rect x="${fmt(x - r)}" y="${fmt(y - r)}" width="${fmt(size)}" height="${fmt(size)}" rx="${fmt(rx)}" ${attrs}/>`;
}

export interface SvgOptions {
  title?: string;
  fontFamily?: string;
}

export function toSvg(graph: DrawnGraph, options: SvgOptions = {}): string {
  const at = new Map(graph.nodes.map((n) => [n.id, n]));
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of graph.nodes) {
    const r = n.data.size / 2;
    const lines = n.data.label.split('\n');
    const labelWidth = Math.max(...lines.map((l) => l.length)) * FONT * 0.6;
    x1 = Math.min(x1, n.x - Math.max(r, labelWidth / 2));
    x2 = Math.max(x2, n.x + Math.max(r, labelWidth / 2));
    y1 = Math.min(y1, n.y - r);
    y2 = Math.max(y2, n.y + r + 6 + lines.length * LINE);
  }
  if (graph.nodes.length === 0) [x1, y1, x2, y2] = [0, 0, 100, 100];
  const width = x2 - x1 + 2 * PAD;
  const height = y2 - y1 + 2 * PAD;
  const font = escapeXml(options.fontFamily ?? "'Noto Sans SC', 'Noto Sans CJK SC', sans-serif");
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="${fmt(x1 - PAD)} ${fmt(y1 - PAD)} ${fmt(width)} ${fmt(height)}" font-family="${font}" font-size="${FONT}">`,
  ];
  if (options.title) out.push(`<title>${escapeXml(options.title)}</title>`);
  out.push(
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE}"/></marker>`,
    `<marker id="arrow-hl" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${HIGHLIGHT}"/></marker></defs>`,
    `<rect x="${fmt(x1 - PAD)}" y="${fmt(y1 - PAD)}" width="${fmt(width)}" height="${fmt(height)}" fill="#FFFFFF"/>`,
    '<g class="edges">',
  );
  for (const e of graph.edges) {
    const a = at.get(e.data.source);
    const b = at.get(e.data.target);
    if (!a || !b) continue;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
    const [sx, sy] = [a.x + (ux * a.data.size) / 2, a.y + (uy * a.data.size) / 2];
    const [tx, ty] = [b.x - (ux * b.data.size) / 2, b.y - (uy * b.data.size) / 2];
    const hl = e.classes.includes('highlighted');
    const arrow = e.classes.includes('undirected') ? '' : ` marker-end="url(#${hl ? 'arrow-hl' : 'arrow'})"`;
    const opacity = e.classes.includes('faded') ? ' opacity="0.15"' : '';
    out.push(`<line x1="${fmt(sx)}" y1="${fmt(sy)}" x2="${fmt(tx)}" y2="${fmt(ty)}" stroke="${hl ? HIGHLIGHT : EDGE}" stroke-width="${hl ? 5 : 1.5}"${arrow}${opacity}><title>${escapeXml(e.id)}</title></line>`);
    if (e.data.label) out.push(`<text x="${fmt((sx + tx) / 2)}" y="${fmt((sy + ty) / 2)}" font-size="10" fill="#44505F" text-anchor="middle"${opacity}>${escapeXml(e.data.label)}</text>`);
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of graph.nodes) {
    const hl = n.classes.includes('highlighted');
    const opacity = n.classes.includes('faded') ? ' opacity="0.15"' : '';
    const stroke = hl ? `stroke="${HIGHLIGHT}" stroke-width="5"` : `stroke="${INK}" stroke-width="1.5"`;
    out.push(`<g data-id="${escapeXml(n.id)}"${opacity}>`);
    out.push(shapeSvg(n.data.shape, n.x, n.y, n.data.size, `fill="${escapeXml(n.data.colour)}" ${stroke}`));
    n.data.label.split('\n').forEach((line, i) => {
      out.push(`<text x="${fmt(n.x)}" y="${fmt(n.y + n.data.size / 2 + 4 + FONT + i * LINE)}" text-anchor="middle" fill="${INK}"${hl ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
