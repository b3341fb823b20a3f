import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, recordsToCsv, toCsv } from './csv-writer.js';
import { neutraliseCell } from './safe-cell.js';

describe('the CSV writer', () => {
  it('neutralises every cell that starts like a formula (OWASP: = + - @ tab CR)', () => {
    for (const s of ['=HYPERLINK("http://x")', "=cmd|'/C calc'!A0", '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(neutraliseCell(s)).toBe(`'${s}`);
    for (const s of ['Product Manager', '', ' =x', "'=x", '1-2']) expect(neutraliseCell(s)).toBe(s);
  });

  it('quotes what must be quoted, and reads back as the neutralised text', () => {
    const rows = [['id', 'title'], ['1', 'x, "y"\nz'], ['2', '=HYPERLINK("http://x")'], ['3', '@A1']];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data).toEqual([['id', 'title'], ['1', 'x, "y"\nz'], ['2', `'=HYPERLINK("http://x")`], ['3', "'@A1"]]);
    expect(csvField('a\tb', '\t')).toBe('"a\tb"');
    expect(recordsToCsv(['a', 'b'], [{ a: '-1', b: null }], { newline: '\n' })).toBe("a,b\n'-1,\n");
  });
});
