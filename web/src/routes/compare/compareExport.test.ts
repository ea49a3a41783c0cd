import { describe, expect, it } from 'vitest';
import { COMPARISON } from './compareFixture';
import { comparisonCsv, comparisonMarkdown, csvField, mdCell } from './compareExport';
import { readCompareParams } from './compareParams';
import { compareTable } from './compareTable';

const table = compareTable(COMPARISON, readCompareParams(new URLSearchParams('ids=model:a,model:b')), (e) => e.nameEn);

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  expect(field === '' && row.length === 0, 'the file ends with a complete record').toBe(true);
  return rows;
}

describe('comparison CSV', () => {
  it('has a header and one record per item, every record as wide as the header', () => {
    const csv = comparisonCsv(table, (f) => f.toLowerCase());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['facet', 'item_id', 'name_zh', 'name_en', 'status', 'model:a', 'model:a sources', 'model:b', 'model:b sources']);
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r).toHaveLength(rows[0].length);
    expect(rows[1]).toEqual(['actors', 'actor:rc', '居委会', "Residents' Committee", 'shared', 'INVOLVES', '003_x § 一、(1)', 'INVOLVES', 'pub:web § p. 2']);
    // Commas and quotes survive the round trip.
    expect(rows[2].slice(1, 5)).toEqual(['actor:firm', '企业, "大型"', 'Enterprise | large', 'unique']);
    expect(rows[3]).toEqual(['periods', 'decade:1990', '1990年代', '1990s', 'unique', 'yes', '003_x § 一', '', '']);
  });

  it('quotes only the fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

describe('comparison Markdown', () => {
  const md = comparisonMarkdown(table, (zh, en) => en || zh, (f) => f, { title: 'Comparison', facet: 'Facet', legend: '★ shared ◆ unique', sources: 'Sources', link: '/compare?ids=model:a,model:b' });
  const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;

  it('is one table with a column per entity and a row per facet, pipes in labels escaped', () => {
    const lines = md.split('\n');
    const start = lines.findIndex((l) => l.startsWith('| Facet |'));
    expect(lines[start]).toBe('| Facet | Model A | Model B |');
    expect(lines[start + 1]).toBe('| --- | --- | --- |');
    const body = lines.slice(start + 2, start + 4);
    expect(body).toEqual(["| ACTORS | ★ Residents' Committee | ★ Residents' Committee<br>◆ Enterprise \\| large |", '| PERIODS | ◆ 1990s | ◆ 2000s |']);
    for (const l of [lines[start], lines[start + 1], ...body]) expect(cells(l)).toBe(cells(lines[start]));
  });

  it('lists every item’s sources per entity after the table', () => {
    expect(md).toContain("- ★ Residents' Committee — Model A: 003_x § 一、(1) · Model B: A Web Page (pub:web) § p. 2");
    expect(md).toContain('### PERIODS');
    expect(mdCell('a|b\nc')).toBe('a\\|b<br>c');
  });
});
