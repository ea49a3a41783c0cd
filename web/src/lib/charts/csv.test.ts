import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(toCsv(['类别', 'count'], [['主体嵌入', 18]])).toBe('\uFEFF类别,count\r\n主体嵌入,18\r\n');
  });

  it('quotes cells with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvCell('Journal of X, social science edition')).toBe('"Journal of X, social science edition"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('leaves empty values empty and keeps numbers as they are', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, -0.5]])).toBe('\uFEFFa,b,c\r\n,,-0.5\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
