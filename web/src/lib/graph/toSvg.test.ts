import { describe, expect, it } from 'vitest';
import type { DrawnGraph, NodeData } from './toElements';
import { escapeXml, toSvg } from './toSvg';

const node = (id: string, x: number, y: number, label: string, shape = 'ellipse', classes: string[] = []) => ({
  id,
  x,
  y,
  classes,
  data: { id, label, name: label, type: 'Mechanism', colour: '#117733', shape, size: 30, hidden: 0 } as NodeData,
});

const drawn: DrawnGraph = {
  nodes: [node('a:1', 0, 0, '三社联动\nThree-Social Linkage', 'ellipse', ['highlighted']), node('b:2', 200, 100, 'A & <B>', 'star', ['faded'])],
  edges: [{ id: 'a:1|USES|b:2', classes: ['highlighted'], data: { id: 'a:1|USES|b:2', source: 'a:1', target: 'b:2', type: 'USES', label: '' } }],
};

describe('toSvg', () => {
  it('writes a standalone SVG sized to the drawing, with every label as text', () => {
    const svg = toSvg(drawn, { title: 'View' });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>View</title>');
    expect(svg).toContain('>三社联动</text>');
    expect(svg).toContain('>Three-Social Linkage</text>');
    expect(svg).toContain('>A &amp; &lt;B&gt;</text>');
    expect(svg.match(/<g data-id=/g)).toHaveLength(2);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws shapes, highlights and fading as the canvas does', () => {
    const svg = toSvg(drawn);
    expect(svg).toContain('<circle cx="0" cy="0" r="15"');
    expect(svg).toMatch(/<g data-id="b:2" opacity="0.15">\n<polygon points="[^"]+"/);
    expect(svg).toMatch(/<line [^>]*stroke="#B45309" stroke-width="5" marker-end="url\(#arrow-hl\)"/);
  });

  it('starts and ends edges at the node borders, not the centres', () => {
    const svg = toSvg({ nodes: [node('a:1', 0, 0, 'a'), node('b:2', 100, 0, 'b')], edges: [{ id: 'e', classes: [], data: { id: 'e', source: 'a:1', target: 'b:2', type: 'USES', label: '' } }] });
    expect(svg).toContain('<line x1="15" y1="0" x2="85" y2="0"');
  });

  it('escapes the XML specials and drops characters XML cannot hold', () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});
