import { describe, expect, it } from 'vitest';
import { composeFigure, escapeXml, legendPositions, textWidth } from './figureLayout';

describe('textWidth', () => {
  it('counts CJK characters as a full em and Latin ones as about 0.6', () => {
    expect(textWidth('社区', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBe(12);
  });
});

describe('legendPositions', () => {
  it('wraps entries onto a new row when the width runs out', () => {
    const entries = Array.from({ length: 6 }, (_, i) => ({ label: `第 ${i + 1} 批实验区`, colour: '#000000' }));
    const rows = legendPositions(entries, 400).map((p) => p.row);
    expect(rows[0]).toBe(0);
    expect(Math.max(...rows)).toBeGreaterThan(0);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('never leaves a row empty for an entry wider than the figure', () => {
    expect(legendPositions([{ label: 'x'.repeat(200), colour: '#000' }], 300)).toEqual([{ x: 16, row: 0 }]);
  });
});

describe('composeFigure', () => {
  const picture = '<svg width="600" height="300" viewBox="0 0 600 300"><rect width="10" height="10"/></svg>';

  it('frames the picture below the titles and legend, in one standalone SVG with the fonts', () => {
    const { svg, width, height } = composeFigure(
      { title: '各类实体数量', otherTitle: 'Entities by type', legend: [{ label: '治理机制', colour: '#117733' }], note: 'n < 5', credit: '社区治理图谱' },
      picture,
      600,
      300,
      '@font-face{font-family:"Noto Sans SC"}',
    );
    expect(width).toBe(616);
    expect(height).toBeGreaterThan(300 + 80);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<style>@font-face{font-family:"Noto Sans SC"}</style>');
    expect(svg).toContain('>各类实体数量</text>');
    expect(svg).toContain('>n &lt; 5</text>');
    expect(svg).toMatch(/<svg x="8" y="\d+" width="600"/);
  });

  it('escapes text that would break the markup', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});
