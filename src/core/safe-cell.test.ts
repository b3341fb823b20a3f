import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './safe-cell.js';

describe('neutraliseCell', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const v of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\r=1']) expect(neutraliseCell(v)).toBe(`'${v}`);
  });
  it('leaves every other text as it was', () => {
    for (const v of ['', 'Senior PM', "'=already", ' =spaced', 'PM = owner']) expect(neutraliseCell(v)).toBe(v);
  });
});
