import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { LadderError, type Issue } from '../../core/errors.js';
import type { Framework } from '../../core/framework/schema.js';
import { createNormalizer } from '../../core/normalize/index.js';
import { toCsv } from '../../core/csv-writer.js';
import { cellRef, describeKind } from '../../core/sheet.js';
import { readSpreadsheet } from '../../store/spreadsheet/index.js';
import { writeXlsx } from '../../store/spreadsheet/write-xlsx.js';
import { writeFileAtomic } from '../io.js';
import { RESULT_COLUMNS, resultCells } from '../commands/normalize-block.js';
import type { FileOptions, FileStats } from '../commands/normalize-file.js';

/**
 * `ladder normalize titles.xlsx --column Title [--sheet NAME] [--out out.xlsx|out.csv|-]`: reads one
 * sheet, adds the result columns to every row and writes a workbook (or CSV) whole or not at all.
 * A title cell that holds a date, a number or a formula without a saved result keeps its row,
 * with the problem in the normalize_error column. No written cell can start a formula.
 */
export async function normalizeWorkbook(fw: Framework, file: string, options: FileOptions & { sheet?: string | undefined }): Promise<FileStats> {
  const started = process.hrtime.bigint();
  const path = resolve(file);
  let data: Buffer;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    data = readFileSync(path);
  } catch {
    throw new LadderError('file-not-readable', `Cannot read ${file}: no such file`, { issues: [{ code: 'file-not-readable', file, message: 'no such file' }] });
  }
  const table = readSpreadsheet(data, { file, sheet: options.sheet });
  const want = options.column.trim().toLowerCase();
  const col = table.headers.findIndex((h) => h.trim().toLowerCase() === want);
  if (col < 0) {
    const names = table.headers.filter(Boolean).map((h) => `"${h}"`).join(', ');
    throw new LadderError('column-not-found', `${file}: the sheet "${table.sheet}" has no column "${options.column}"; its header (row ${table.headerLine}) has ${names || 'no columns'}`, {
      issues: [{ code: 'column-not-found', file, sheet: table.sheet, line: table.headerLine, field: 'column', value: options.column, message: `columns: ${names}` }],
    });
  }
  const outPath = options.out === undefined ? join(dirname(path), `${basename(path, extname(path))}.normalized.xlsx`) : options.out === '-' ? '-' : resolve(options.out);
  if (outPath === path) throw new LadderError('normalize-usage', '--out must not be the input file');

  // A context column is not read from workbooks: every title is read in the context given.
  const normalize = createNormalizer(fw, { cache: 10_000, context: options.context ?? 'general' });
  const stats: FileStats = { rows: 0, badRowCount: 0, badRows: [], seconds: 0, out: outPath };
  const bad = (line: number, message: string) => {
    stats.badRowCount++;
    if (stats.badRows.length < 20) stats.badRows.push({ code: 'bad-row', file, sheet: table.sheet, line, cell: cellRef(col, line), message } as Issue);
  };
  const taken = new Set(table.headers.map((h) => h.trim().toLowerCase()));
  const headers = [...table.headers, ...RESULT_COLUMNS.map((c) => (taken.has(c) ? `normalized_${c}` : c))];
  const rows: string[][] = [];
  for (const row of table.rows) {
    stats.rows++;
    const title = row.cells[col] ?? '';
    const kind = row.kinds?.[col];
    let error = '';
    if (kind && kind !== 'text') error = `the "${options.column}" cell ${cellRef(col, row.line)} holds ${describeKind(kind, title)}, not a title`;
    else if (!title.trim()) error = `the "${options.column}" cell is empty`;
    if (error) bad(row.line, error);
    rows.push([...row.cells, ...resultCells(error ? null : normalize(title), error)]);
  }
  if (outPath !== '-' && /\.xlsx$/i.test(outPath)) {
    await writeXlsx(outPath, [{ name: table.sheet, headers, rows }]);
  } else {
    const text = toCsv([headers, ...rows], { newline: '\n' });
    if (outPath === '-') (options.stdout ?? process.stdout).write(text);
    else writeFileAtomic(outPath, text);
  }
  for (const note of table.notes) process.stderr.write(`ladder: ${file}: ${note}\n`);
  stats.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return stats;
}
