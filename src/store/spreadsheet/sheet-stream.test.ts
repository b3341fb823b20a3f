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
import { MAX_ROW_XML } from './sheet-rows.js';
import { openSheetStream } from './sheet-stream.js';
import { MAX_ENTRY_BYTES, MAX_STREAMED_BYTES, ZipArchive } from './zip.js';

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

  it('fails as readSpreadsheet does: empty sheet, merged header, missing sheet, a missing shared string, a document type, not a workbook', async () => {
    const cases: [Buffer, string?][] = [
      [await workbook([])],
      [await workbook([['A', '', 'C'], ['1', '2', '3']], ['A1:B1'])],
      [await workbook([['A', 'B']]), 'Staff'],
      [workbookXml('<sheetData><row r="1"><c t="s"><v>7</v></c></row></sheetData>', { strings: '<si><t>id</t></si>' })],
      [workbookXml('<sheetData><row r="1"><c t="inlineStr"><is><t>d</t></is></c></row></sheetData>', { doctype: true })],
      [zipParts({ 'mimetype': 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' })],
      [Buffer.from('Employee ID,Title\ne1,PM\n')],
      // Office compound files: a password-protected workbook and an old binary XLS.
      [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')])],
      [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')])],
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

describe('openSheetStream on long rows and large parts', () => {
  const header = '<row r="1"><c t="inlineStr"><is><t>Job Title</t></is></c></row>';
  const long = (chars: number) => `<row r="2"><c t="inlineStr"><is><t>Kiosk Owner ${'x'.repeat(chars)}</t></is></c></row>`;

  it('reads a cell far longer than a piece of XML, and stops on a row that runs past the limit, naming the file and the sheet', async () => {
    const fine = await streamed(workbookXml(`<sheetData>${header}${long(3 << 20)}<row r="3"><c t="inlineStr"><is><t>Teapot Lead</t></is></c></row></sheetData>`), 1 << 16);
    expect((fine as SheetTable).rows.map((r) => [r.line, r.cells[0]!.length])).toEqual([
      [2, 12 + (3 << 20)],
      [3, 11],
    ]);
    const e = await streamed(workbookXml(`<sheetData>${header}${long(MAX_ROW_XML + (1 << 20))}</sheetData>`), 1 << 16);
    expect((e as LadderError).code).toBe('xlsx-corrupt');
    expect((e as LadderError).message).toBe(`w.xlsx cannot be read as a spreadsheet: a row of the sheet "Data" runs past 64 MB of XML without ending. Open it in a spreadsheet app and save it again as .xlsx`);
  });

  it('reads a sheet whose directory says it inflates past the cap of a part read whole, as a stream only', async () => {
    const data = workbookXml(`<sheetData>${header}<row r="2"><c t="inlineStr"><is><t>Kiosk Owner</t></is></c></row></sheetData>`);
    // The sheet's entry in the ZIP directory: its uncompressed size is 24 bytes after the signature.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    for (let at = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (data.subarray(at + 46, at + 46 + name.length).equals(name)) data.writeUInt32LE(MAX_ENTRY_BYTES + 1, at + 24);
    }
    expect((whole(data) as LadderError).code).toBe('xlsx-too-large');
    expect((await streamed(data, 64) as SheetTable).rows.map((r) => r.cells[0])).toEqual(['Kiosk Owner']);
  });

  it('streams a sheet whose part is larger than a part read whole may be', async () => {
    const data = workbookXml(`<sheetData>${header}<row r="2"><c t="inlineStr"><is><t>Kiosk Owner</t></is></c></row></sheetData>`);
    const zip = new ZipArchive(data, 'w.xlsx');
    const part = 'xl/worksheets/sheet1.xml';
    // What the directory says it inflates to (past the cap of a part read whole).
    zip.entries.get(part)!.size = MAX_ENTRY_BYTES + 1;
    expect(() => zip.read(part)).toThrow(/expands to more than 512 MB/);
    let streamedBytes = 0;
    for await (const chunk of zip.chunks(part, 64, MAX_STREAMED_BYTES)!) streamedBytes += chunk.length;
    expect(streamedBytes).toBeGreaterThan(0);
    // The cap counts what is inflated, whatever the directory says.
    await expect(async () => {
      for await (const _ of zip.chunks(part, 64, 100)!);
    }).rejects.toMatchObject({ code: 'xlsx-too-large' });
    zip.close();
  });
});

describe('openSheetStream on generated sheets', () => {
  it('gives what readSpreadsheet gives for any mix of cells, row gaps, merged data cells and cut points', async () => {
    const fc = await import('fast-check');
    const cell = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 12 }).map((s) => ({ s })),
      fc.integer({ min: 0, max: 5 }).map((i) => ({ shared: i })),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => ({ n })),
      fc.integer({ min: 1, max: 60000 }).map((d) => ({ date: d })),
      fc.boolean().map((b) => ({ b })),
      fc.constant({ formula: true }),
    );
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const letters = 'ABCDEF';
    const sheet = fc.record({
      rows: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 3 }), cells: fc.array(cell, { maxLength: 6 }) }), { minLength: 1, maxLength: 25 }),
      merges: fc.array(fc.record({ c: fc.integer({ min: 0, max: 4 }), r: fc.integer({ min: 2, max: 40 }), w: fc.integer({ min: 0, max: 1 }), h: fc.integer({ min: 0, max: 4 }) }), { maxLength: 3 }),
      chunk: fc.integer({ min: 64, max: 400 }),
    });
    await fc.assert(
      fc.asyncProperty(sheet, async ({ rows, merges, chunk }) => {
        let xml = '<sheetData>';
        let line = 0;
        for (const r of rows) {
          line += 1 + r.gap;
          xml += `<row r="${line}">`;
          r.cells.forEach((c, i) => {
            const ref = `${letters[i]}${line}`;
            if (c === '') return;
            if ('s' in c) xml += `<c r="${ref}" t="inlineStr"><is><t>${esc(c.s)}</t></is></c>`;
            else if ('shared' in c) xml += `<c r="${ref}" t="s"><v>${c.shared}</v></c>`;
            else if ('n' in c) xml += `<c r="${ref}"><v>${c.n}</v></c>`;
            else if ('date' in c) xml += `<c r="${ref}" s="1"><v>${c.date}</v></c>`;
            else if ('b' in c) xml += `<c r="${ref}" t="b"><v>${c.b ? 1 : 0}</v></c>`;
            else xml += `<c r="${ref}"><f>NOW()</f></c>`;
          });
          xml += '</row>';
        }
        xml += '</sheetData>';
        // Merged ranges that do not overlap, as a spreadsheet app writes them.
        const taken = new Set<string>();
        const ranges: string[] = [];
        for (const m of merges) {
          const cells = [];
          for (let r = m.r; r <= m.r + m.h; r++) for (let c = m.c; c <= m.c + m.w; c++) cells.push(`${c}:${r}`);
          if (cells.some((k) => taken.has(k)) || cells.length < 2) continue;
          for (const k of cells) taken.add(k);
          ranges.push(`<mergeCell ref="${letters[m.c]}${m.r}:${letters[m.c + m.w]}${m.r + m.h}"/>`);
        }
        if (ranges.length) xml += `<mergeCells count="${ranges.length}">${ranges.join('')}</mergeCells>`;
        const data = workbookXml(xml, { strings: ['Title', 'Sr. PM', 'Product', 'x &amp; y', '', 'PO'].map((s) => `<si><t>${s}</t></si>`).join(''), styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>' });
        expect(shown(await streamed(data, chunk))).toEqual(shown(whole(data)));
      }),
      { numRuns: 60 },
    );
  });
});
