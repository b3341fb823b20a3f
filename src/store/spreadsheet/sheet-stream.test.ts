import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rosterWorkbookBuffer } from '../../../test/roster-workbook.js';
import { tempDir } from '../../../test/temp.js';
import { workbookXml, zipParts } from '../../../test/zip-parts.js';
import { LadderError } from '../../core/errors.js';
import type { SheetTable } from '../../core/sheet.js';
import { readSpreadsheet } from './index.js';
import { openSheetStream } from './sheet-stream.js';

const dir = tempDir('sheet-stream');
let n = 0;

async function workbook(rows: ExcelJS.CellValue[][], merges: string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('People');
  for (const r of rows) ws.addRow(r);
  for (const m of merges) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sheet as the streaming reader gives it, inflating `chunkSize` bytes at a time, or the error it throws. */
async function streamed(data: Buffer, chunkSize: number, sheet?: string): Promise<SheetTable | LadderError> {
  const path = join(dir, `w${n++}.xlsx`);
  writeFileSync(path, data);
  try {
    const s = await openSheetStream(path, { file: 'w.xlsx', sheet, chunkSize });
    const rows = [];
    for await (const batch of s.rows()) rows.push(...batch);
    return { file: s.file, sheet: s.sheet, sheets: s.sheets, headers: s.headers, headerLine: s.headerLine, rows, notes: s.notes };
  } catch (e) {
    if (e instanceof LadderError) return e;
    throw e;
  }
}

function whole(data: Buffer, sheet?: string): SheetTable | LadderError {
  try {
    return readSpreadsheet(data, { file: 'w.xlsx', sheet });
  } catch (e) {
    if (e instanceof LadderError) return e;
    throw e;
  }
}

function shown(t: SheetTable | LadderError): unknown {
  return t instanceof LadderError ? { code: t.code, message: t.message, issues: t.issues } : t;
}

async function same(data: Buffer, sheet?: string): Promise<void> {
  const want = shown(whole(data, sheet));
  for (const size of [64, 1000, 1 << 18]) expect(shown(await streamed(data, size, sheet))).toEqual(want);
}

describe('openSheetStream', () => {
  it('gives the rows, cell kinds, row numbers and notes readSpreadsheet gives, however the XML is cut', async () => {
    await same(await rosterWorkbookBuffer(400));
    await same(await workbook([['ID', 'Title', 'When'], ['e1', 'Sr. PM', new Date(Date.UTC(2024, 2, 31))], [], ['e2', 42, true, 'beyond'], ['e3', { formula: 'NOW()' } as ExcelJS.CellFormulaValue, 'x']]));
    // A band of merged group titles above the header, and merged data cells over rows the file leaves out.
    await same(
      await workbook(
        [['Person', '', 'Job', ''], ['Employee ID', 'Name', 'Job Title', 'Department'], ['e1', 'Ada', 'Group PM', 'Product'], ['e2', 'Bo', 'Sr. PM', ''], ['e3', 'Cy', '', '']],
        ['A1:B1', 'C1:D1', 'C4:C5', 'D3:D8'],
      ),
    );
    await same(
      workbookXml(
        `<x:sheetData><x:row r='1'><x:c r='A1' t='s'><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Title</x:t></x:is></x:c></x:row>` +
          `<x:row><x:c t="inlineStr"><x:is><x:r><x:t>p&amp;1</x:t></x:r></x:is></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row><x:row r="9"><x:c r="B9" t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData>`,
        { prefix: 'x', strings: '<x:si><x:t>id</x:t></x:si><x:si><x:r><x:t>Senior </x:t></x:r><x:r><x:t>PM_x000D_</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:si>' },
      ),
    );
  });

  it('fails as readSpreadsheet does: empty sheet, merged header, missing sheet, a missing shared string, a document type', async () => {
    const cases: [Buffer, string?][] = [
      [await workbook([])],
      [await workbook([['A', '', 'C'], ['1', '2', '3']], ['A1:B1'])],
      [await workbook([['A', 'B']]), 'Staff'],
      [workbookXml('<sheetData><row r="1"><c t="s"><v>7</v></c></row></sheetData>', { strings: '<si><t>id</t></si>' })],
      [workbookXml('<sheetData><row r="1"><c t="inlineStr"><is><t>d</t></is></c></row></sheetData>', { doctype: true })],
      [zipParts({ 'mimetype': 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' })],
      [Buffer.from('Employee ID,Title\ne1,PM\n')],
    ];
    for (const [data, sheet] of cases) {
      const want = whole(data, sheet);
      expect(want).toBeInstanceOf(LadderError);
      expect(shown(await streamed(data, 64, sheet))).toEqual(shown(want));
    }
  });

  it('names the file and the sheet part when the sheet does not inflate, a directory is cut short, or a cell is broken', async () => {
    const good = await rosterWorkbookBuffer(300);
    const cut = await streamed(good.subarray(0, good.length - 30), 64);
    expect(cut).toBeInstanceOf(LadderError);
    expect((cut as LadderError).code).toBe('xlsx-corrupt');
    // The deflated bytes of the sheet start with a block type that does not exist: the error names the part.
    const name = 'xl/worksheets/sheet1.xml';
    const broken = Buffer.from(good);
    broken.fill(0xff, broken.indexOf(name) + name.length, broken.indexOf(name) + name.length + 8);
    const e = await streamed(broken, 64);
    expect(shown(e)).toEqual(shown(whole(broken)));
    expect((e as LadderError).message).toBe(`w.xlsx cannot be read as a spreadsheet: the part ${name} cannot be decompressed. Open it in a spreadsheet app and save it again as .xlsx`);
    const cell = await streamed(workbookXml('<sheetData><row r="1"><c t="inlineStr"><is><t>d</t></is></c></row><row r="2"><c r="A2"><v>x1</v></c></row></sheetData>'), 64);
    expect((cell as LadderError).message).toBe(`w.xlsx cannot be read as a spreadsheet: cell A2 of "Data" holds "x1" where a number belongs. Open it in a spreadsheet app and save it again as .xlsx`);
  });
});
