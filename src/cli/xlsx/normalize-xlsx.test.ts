import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/temp.js';
import { workbookXml } from '../../../test/zip-parts.js';
import { LadderError } from '../../core/errors.js';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { readSpreadsheet } from '../../store/spreadsheet/index.js';
import { normalizeWorkbook } from './normalize-xlsx.js';

const fw = loadBuiltinFramework();
const dir = tempDir('normalize-xlsx');

/** A sheet of invented rows: titles under departments, and cells no title can be read from. */
async function roster(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Staff');
  ws.addRow(['ID', 'Job Title', 'Department']);
  const titles = ['Sr. PM', 'Senior Product Manager', 'PO', 'Staff Software Engineer', 'Group PM', 'Lead PMM'];
  for (let i = 1; i <= rows; i++) {
    // Many distinct titles (a team after a comma), so that most blocks have titles to read in the workers.
    let title: ExcelJS.CellValue = i % 3 ? `${titles[i % titles.length]!}, Team ${i % 40}` : titles[i % titles.length]!;
    if (i % 37 === 0) title = new Date(Date.UTC(2025, 0, 2));
    if (i % 41 === 0) title = 42;
    if (i % 43 === 0) title = '';
    if (i % 47 === 0) title = { formula: 'A1&"x"' } as ExcelJS.CellFormulaValue;
    ws.addRow([`e${i}`, title, i % 2 ? 'Product' : 'Engineering']);
  }
  await wb.xlsx.writeFile(path);
}

const temps = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('normalizeWorkbook', () => {
  it('writes the same rows, in the sheet order, whatever the number of worker threads, and keeps bad cells with their problem', async () => {
    const input = join(dir, 'staff.xlsx');
    await roster(input, 300);
    const run = (jobs: number, out: string) => normalizeWorkbook(fw, input, { column: 'job title', out: join(dir, out), jobs, blockRows: 7, chunkSize: 64 });
    const one = await run(1, 'one.xlsx');
    const three = await run(3, 'three.xlsx');
    expect(readSpreadsheet(readFileSync(three.out), { file: 'three.xlsx' })).toEqual({ ...readSpreadsheet(readFileSync(one.out), { file: 'one.xlsx' }), file: 'three.xlsx' });
    expect({ ...three, seconds: 0, out: '' }).toEqual({ ...one, seconds: 0, out: '' });
    const csvOne = await run(1, 'one.csv');
    const csvThree = await run(3, 'three.csv');
    expect(readFileSync(csvThree.out, 'utf8')).toBe(readFileSync(csvOne.out, 'utf8'));

    const t = readSpreadsheet(readFileSync(one.out), { file: 'one.xlsx' });
    expect(t.sheet).toBe('Staff');
    expect(t.headers).toEqual(['ID', 'Job Title', 'Department', 'family', 'role_id', 'canonical_title', 'level', 'track', 'confidence', 'adjacent', 'specialties', 'area', 'normalize_error']);
    expect(t.rows.map((r) => r.cells[0])).toEqual(Array.from({ length: 300 }, (_, i) => `e${i + 1}`));
    expect(one.rows).toBe(300);
    const error = (id: string) => t.rows.find((r) => r.cells[0] === id)!.cells.at(-1);
    expect(error('e37')).toBe('the "job title" cell B38 holds a date (2025-01-02), not a title');
    expect(error('e41')).toBe('the "job title" cell B42 holds the number 42, not a title');
    expect(error('e43')).toBe('the "job title" cell is empty');
    expect(error('e47')).toBe('the "job title" cell B48 holds a formula with no saved result, not a title');
    expect(error('e2')).toBe('');
    expect(one.badRows[0]).toMatchObject({ code: 'bad-row', sheet: 'Staff', line: 38, cell: 'B38' });
    expect(one.badRowCount).toBe(t.rows.filter((r) => r.cells.at(-1)).length);
    expect(temps()).toEqual([]);
  });

  it('reads each title in the context its department gives with --context-column', async () => {
    const input = join(dir, 'depts.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('People');
    for (const r of [['Title', 'Department'], ['Sr. PM', 'Product'], ['Sr. PM', 'Engineering'], ['PO', 'Product & Design'], ['PO', '']]) ws.addRow(r);
    await wb.xlsx.writeFile(input);
    const out = join(dir, 'depts.csv');
    for (const jobs of [1, 2]) {
      await normalizeWorkbook(fw, input, { column: 'Title', contextColumn: 'department', out, jobs, blockRows: 1 });
      const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => l.split(','));
      expect(lines.slice(1).map((l) => [l[0], l[1], l[2]])).toEqual([
        ['Sr. PM', 'Product', 'product-management'],
        ['Sr. PM', 'Engineering', ''],
        ['PO', 'Product & Design', 'product-owner'],
        ['PO', '', ''],
      ]);
    }
    const missing = await normalizeWorkbook(fw, input, { column: 'Title', contextColumn: 'Team', out }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(LadderError);
    expect((missing as LadderError).message).toBe(`${input}: the sheet "People" has no column "Team"; its header (row 1) has "Title", "Department"`);
    expect((missing as LadderError).issues[0]).toMatchObject({ field: 'context-column', sheet: 'People', line: 1 });
  });

  it('leaves no output and no temporary file when the sheet turns out broken part way, naming the file, the sheet and the cell', async () => {
    let rows = '<row r="1"><c t="inlineStr"><is><t>Title</t></is></c></row>';
    for (let r = 2; r <= 400; r++) rows += `<row r="${r}"><c t="inlineStr"><is><t>Product Manager</t></is></c></row>`;
    rows += '<row r="401"><c r="A401"><v>twelve</v></c></row>';
    const input = join(dir, 'broken.xlsx');
    writeFileSync(input, workbookXml(`<sheetData>${rows}</sheetData>`));
    for (const [out, jobs] of [['broken.out.xlsx', 1], ['broken.out.csv', 2]] as const) {
      const err = await normalizeWorkbook(fw, input, { column: 'Title', out: join(dir, out), jobs, blockRows: 10, chunkSize: 64 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LadderError);
      expect((err as LadderError).message).toBe(`${input} cannot be read as a spreadsheet: cell A401 of "Data" holds "twelve" where a number belongs. Open it in a spreadsheet app and save it again as .xlsx`);
      expect(existsSync(join(dir, out))).toBe(false);
    }
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, readFileSync(input).subarray(0, 300));
    const err = await normalizeWorkbook(fw, cut, { column: 'Title', out: join(dir, 'cut.out.xlsx') }).catch((e: unknown) => e);
    expect((err as LadderError).code).toBe('xlsx-corrupt');
    expect(existsSync(join(dir, 'cut.out.xlsx'))).toBe(false);
    expect(temps()).toEqual([]);
  });

  it('fails with an error, not a hang, when a worker thread dies, and leaves no output', async () => {
    const input = join(dir, 'staff-dies.xlsx');
    await roster(input, 100);
    const script = join(dir, 'dies.mjs');
    writeFileSync(script, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const out = join(dir, 'dies.out.xlsx');
    const err = await normalizeWorkbook(fw, input, { column: 'Job Title', out, jobs: 2, blockRows: 5, workerScript: pathToFileURL(script) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LadderError);
    expect((err as LadderError).code).toBe('normalize-internal');
    expect((err as LadderError).message).toMatch(/worker thread stopped/);
    expect(existsSync(out)).toBe(false);
    expect(temps()).toEqual([]);
  });
});
