import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workbookXml } from '../../../test/zip-parts.js';
import { LadderError } from '../../core/errors.js';
import { parseRosterTable } from '../../core/org/parse.js';
import { readSpreadsheet, spreadsheetKind } from './index.js';
import { writeXlsx } from './write-xlsx.js';
import { ZipArchive } from './zip.js';

type Cell = ExcelJS.CellValue;

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string, rows: Cell[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  return ws;
}

const HEADER = ['Employee ID', 'Name', 'Job Title', 'Manager ID', 'Salary', 'Currency'];

function error(fn: () => unknown): LadderError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LadderError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('readSpreadsheet', () => {
  it('reads the first sheet: text, numbers, dates as ISO dates, and the rows the spreadsheet numbers them', async () => {
    const data = await workbook((wb) => {
      sheet(wb, 'People', [HEADER, ['e1', 'Ada', 'Product Manager', '', 120000, 'USD'], [], ['e2', 'Bo', 'Senior PM', 'e1', 150000.5, 'EUR']]);
      wb.getWorksheet('People')!.getCell('G1').value = 'Start';
      wb.getWorksheet('People')!.getCell('G2').value = new Date(Date.UTC(2024, 2, 31));
    });
    const t = readSpreadsheet(data, { file: 'p.xlsx' });
    expect(t.sheet).toBe('People');
    expect(t.headers).toEqual([...HEADER, 'Start']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(t.rows[0]!.cells).toEqual(['e1', 'Ada', 'Product Manager', '', '120000', 'USD', '2024-03-31']);
    expect(t.rows[0]!.kinds?.[4]).toBe('number');
    expect(t.rows[0]!.kinds?.[6]).toBe('date');
    expect(t.rows[1]!.cells[4]).toBe('150000.5');
  });

  it('reads the saved result of a formula and never evaluates it; a formula without one is marked', async () => {
    const data = await workbook((wb) => {
      const ws = sheet(wb, 'People', [HEADER, ['e1', 'Ada', 'x', '', 1, 'USD'], ['e2', 'Bo', 'y', 'e1', 2, 'USD']]);
      ws.getCell('C2').value = { formula: '"Senior "&"PM"', result: 'Senior PM' } as ExcelJS.CellFormulaValue;
      ws.getCell('E2').value = { formula: 'E3*1000', result: 2000 } as ExcelJS.CellFormulaValue;
      ws.getCell('C3').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
    });
    const t = readSpreadsheet(data, { file: 'f.xlsx' });
    expect(t.rows[0]!.cells[2]).toBe('Senior PM');
    expect(t.rows[0]!.cells[4]).toBe('2000');
    expect(t.rows[1]!.kinds?.[2]).toBe('formula-without-value');
    const roster = parseRosterTable(t);
    expect(roster.people.map((p) => p.title)).toEqual(['Senior PM']);
    expect(roster.rejectedRows[0]).toMatchObject({ line: 3, reason: expect.stringContaining('C3 holds a formula with no saved result') });
  });

  it('rejects a row whose title cell holds a date or a number, naming the cell, and keeps the rest', async () => {
    const data = await workbook((wb) => {
      sheet(wb, 'People', [HEADER, ['e1', 'Ada', 'Product Manager', '', 1, 'USD'], ['e2', 'Bo', new Date(Date.UTC(2025, 0, 2)), 'e1', 2, 'USD'], ['e3', 'Cy', 42, 'e1', 3, 'USD']]);
    });
    const roster = parseRosterTable(readSpreadsheet(data, { file: 'd.xlsx' }));
    expect(roster.format).toBe('xlsx');
    expect(roster.people.map((p) => p.id)).toEqual(['e1']);
    expect(roster.rejectedRows.map((r) => r.reason)).toEqual([
      'the title cell C3 holds a date (2025-01-02), not a job title',
      'the title cell C4 holds the number 42, not a job title',
    ]);
    expect(roster.rejectedRows[0]!.raw).toContain('e2 | Bo | 2025-01-02');
  });

  it('names the sheets when the one asked for is missing, and picks a sheet by name', async () => {
    const data = await workbook((wb) => {
      sheet(wb, 'Summary', [['Total', 2]]);
      sheet(wb, 'People', [HEADER, ['e1', 'Ada', 'PM', '', 1, 'USD']]);
    });
    const e = error(() => readSpreadsheet(data, { file: 'w.xlsx', sheet: 'Staff' }));
    expect(e.code).toBe('xlsx-sheet-not-found');
    expect(e.message).toBe('w.xlsx has no sheet "Staff"; its sheets are "Summary", "People"');
    expect(e.issues[0]).toMatchObject({ file: 'w.xlsx', sheet: 'Staff', field: 'sheet' });
    expect(readSpreadsheet(data, { file: 'w.xlsx', sheet: 'people' }).rows).toHaveLength(1);
  });

  it('refuses an empty sheet, naming the other sheets', async () => {
    const data = await workbook((wb) => {
      wb.addWorksheet('Blank');
      sheet(wb, 'People', [HEADER]);
    });
    const e = error(() => readSpreadsheet(data, { file: 'e.xlsx' }));
    expect(e.code).toBe('xlsx-empty-sheet');
    expect(e.message).toContain('the sheet "Blank" is empty; the workbook\'s other sheets are "People"');
  });

  it('refuses merged header cells with their range, skips a band of merged group titles above the header, and fills merged data cells', async () => {
    const merged = await workbook((wb) => {
      const ws = sheet(wb, 'People', [['Employee ID', 'Name', 'Job Title', '', 'Manager ID'], ['e1', 'Ada', 'PM', 'x', '']]);
      ws.mergeCells('C1:D1');
    });
    const e = error(() => readSpreadsheet(merged, { file: 'm.xlsx' }));
    expect(e.code).toBe('xlsx-merged-header');
    expect(e.issues[0]).toMatchObject({ sheet: 'People', cell: 'C1:D1', line: 1 });

    const banded = await workbook((wb) => {
      const ws = sheet(wb, 'People', [['Person', '', 'Job', ''], ['Employee ID', 'Name', 'Job Title', 'Manager ID'], ['e1', 'Ada', 'Group PM', ''], ['e2', 'Bo', 'Product Manager', 'e1'], ['e3', 'Cy', '', 'e1']]);
      ws.mergeCells('A1:B1');
      ws.mergeCells('C1:D1');
      ws.mergeCells('C4:C5');
    });
    const t = readSpreadsheet(banded, { file: 'b.xlsx' });
    expect(t.headers).toEqual(['Employee ID', 'Name', 'Job Title', 'Manager ID']);
    expect(t.notes[0]).toContain('row 1 holds merged group titles');
    expect(t.rows.map((r) => r.cells[2])).toEqual(['Group PM', 'Product Manager', 'Product Manager']);
  });

  it('refuses a damaged file, a password-protected file and an old XLS file with what to do', async () => {
    const good = await workbook((wb) => sheet(wb, 'People', [HEADER]));
    const cut = error(() => readSpreadsheet(good.subarray(0, good.length - 40), { file: 'cut.xlsx' }));
    expect(cut.code).toBe('xlsx-corrupt');
    expect(cut.message).toContain('cut.xlsx cannot be read as a spreadsheet');
    expect(error(() => readSpreadsheet(Buffer.from('id,name\n1,a\n'), { file: 'text.xlsx' })).code).toBe('xlsx-corrupt');
    // An encrypted Office file is a compound file holding an "EncryptedPackage" stream; an XLS one holds "Workbook".
    const cfb = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);
    expect(spreadsheetKind(cfb('EncryptedPackage'))).toBe('encrypted');
    const locked = error(() => readSpreadsheet(cfb('EncryptedPackage'), { file: 'locked.xlsx' }));
    expect(locked.code).toBe('xlsx-encrypted');
    expect(locked.message).toContain('password-protected');
    const xls = error(() => readSpreadsheet(cfb('Workbook'), { file: 'old.xls' }));
    expect(xls.code).toBe('unsupported-xls');
    expect(xls.message).toContain('save it as .xlsx');
  });

  it('caps what a part may inflate to, so a small file cannot expand without limit', async () => {
    const data = await workbook((wb) => sheet(wb, 'People', [HEADER]));
    const zip = new ZipArchive(data, 'z.xlsx');
    const entry = zip.entries.get('xl/workbook.xml')!;
    entry.size = 2 ** 31;
    expect(error(() => zip.read('xl/workbook.xml')).code).toBe('xlsx-too-large');
  });
});

describe('readSpreadsheet on workbooks other programs write', () => {
  it('reads prefixed tags, inline and rich-text strings, single quotes, rows and cells without references, booleans, errors and ISO dates', () => {
    const data = workbookXml(
      `<x:sheetData><x:row r='1'><x:c r='A1' t='s'><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Title</x:t></x:is></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>` +
        `<x:row><x:c t="inlineStr"><x:is><x:r><x:t>p&amp;1</x:t></x:r></x:is></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>` +
        `<x:row r="4"><x:c r="A4" t="str"><x:f>A2</x:f><x:v>p&amp;1</x:v></x:c><x:c r="B4" t="e"><x:v>#N/A</x:v></x:c><x:c r="C4" t="d"><x:v>2026-03-31T00:00:00Z</x:v></x:c></x:row></x:sheetData>`,
      {
        prefix: 'x',
        strings: '<x:si><x:t>id</x:t></x:si><x:si><x:t>Ok</x:t></x:si><x:si><x:r><x:t>Senior </x:t></x:r><x:r><x:t>PM_x000D_</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:si>',
      },
    );
    const t = readSpreadsheet(data, { file: 'other.xlsx' });
    expect(t.headers).toEqual(['id', 'Title', 'Ok']);
    expect(t.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [2, 'p&1', 'Senior PM\r', 'TRUE'],
      [4, 'p&1', '#N/A', '2026-03-31'],
    ]);
    expect(t.rows[1]!.kinds).toEqual([undefined, 'error', 'date']);
  });

  it('reads dates by their number format, in the 1904 date system too, and refuses a document type declaration', () => {
    const styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>';
    const sheetData = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>d</t></is></c></row><row r="2"><c r="A2" s="1"><v>46112</v></c></row><row r="3"><c r="A3" s="2"><v>46112.5</v></c></row><row r="4"><c r="A4"><v>46112</v></c></row></sheetData>';
    const t = readSpreadsheet(workbookXml(sheetData, { styles }), { file: 'd.xlsx' });
    expect(t.rows.map((r) => r.cells[0])).toEqual(['2026-03-31', '2026-03-31T12:00', '46112']);
    const t1904 = readSpreadsheet(workbookXml(sheetData, { styles, date1904: true }), { file: 'd.xlsx' });
    expect(t1904.rows[0]!.cells[0]).toBe('2030-04-01');
    const evil = error(() => readSpreadsheet(workbookXml(sheetData, { doctype: true }), { file: 'evil.xlsx' }));
    expect(evil.code).toBe('xlsx-corrupt');
    expect(evil.message).toContain('declares a document type');
  });
});

describe('writeXlsx', () => {
  it('writes a workbook whole, with no cell that starts a formula', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-xlsx-'));
    dirs.push(dir);
    const path = join(dir, 'out.xlsx');
    await writeXlsx(path, [{ name: 'Titles', headers: ['title', 'n'], rows: [['=HYPERLINK("http://x","y")', 1], ['+1', 2], ['Product Manager', 3], ['@SUM(A1)', null]] }]);
    const data = readFileSync(path);
    const t = readSpreadsheet(data, { file: 'out.xlsx' });
    expect(t.rows.map((r) => r.cells[0])).toEqual([`'=HYPERLINK("http://x","y")`, "'+1", 'Product Manager', "'@SUM(A1)"]);
    const zip = new ZipArchive(data, 'out.xlsx');
    expect(zip.text('xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/);
  });
});

describe('readSpreadsheet on damaged bytes', () => {
  it('either reads a sheet or throws a LadderError, whatever bytes are changed', async () => {
    const fc = await import('fast-check');
    const good = await workbook((wb) => {
      const ws = sheet(wb, 'People', [HEADER, ['e1', 'Ada', 'Product Manager', '', 120000, 'USD'], ['e2', 'Bo', 'Senior PM', 'e1', new Date(Date.UTC(2024, 0, 1)), 'EUR']]);
      ws.mergeCells('F2:F3');
    });
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat({ max: good.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }), fc.boolean(), (flips, cut) => {
        const data = Buffer.from(good);
        for (const f of flips) data[f.at] = f.byte;
        const input = cut ? data.subarray(0, flips[0]!.at) : data;
        try {
          readSpreadsheet(input, { file: 'fuzz.xlsx' });
        } catch (e) {
          if (!(e instanceof LadderError)) throw e;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('either reads a sheet or throws a LadderError, whatever is changed in the XML of a sheet', async () => {
    const fc = await import('fast-check');
    const xml = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Title</t></is></c></row><row r="2"><c r="A2" s="1"><v>45000</v></c><c r="B2" t="str"><f>A1</f><v>PM</v></c></row></sheetData><mergeCells><mergeCell ref="A2:B3"/></mergeCells>';
    const styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat({ max: xml.length - 1 }), text: fc.string({ maxLength: 4 }) }), { minLength: 1, maxLength: 6 }), (edits) => {
        let changed = xml;
        for (const e of edits) changed = changed.slice(0, e.at) + e.text + changed.slice(e.at + 1);
        try {
          readSpreadsheet(workbookXml(changed, { strings: '<si><t>id</t></si>', styles }), { file: 'fuzz.xlsx' });
        } catch (err) {
          if (!(err instanceof LadderError)) throw err;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads a date cell too far out to be a date as its number', () => {
    const styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    const t = readSpreadsheet(workbookXml('<sheetData><row r="1"><c t="inlineStr"><is><t>d</t></is></c></row><row r="2"><c s="1"><v>1e20</v></c></row></sheetData>', { styles }), { file: 'far.xlsx' });
    expect(t.rows[0]!.cells[0]).toBe('100000000000000000000');
    expect(t.rows[0]!.kinds?.[0]).toBe('number');
  });
});
