import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import type { SheetTable } from '../../core/sheet.js';
import { readSpreadsheet, spreadsheetKind } from './index.js';

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A sheet as CSV text: the header, then every row, as the cells' text. */
export function sheetCsv(table: SheetTable): string {
  const lines = [table.headers.map(quote).join(',')];
  for (const r of table.rows) lines.push(r.cells.map(quote).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * For paths that only read CSV (the background normalize jobs): when the file at `path` is a
 * spreadsheet, its first sheet replaces it as CSV. Bad workbooks throw the reader's LadderError.
 * Returns whether the file was a spreadsheet.
 */
export function spreadsheetFileToCsv(path: string, name: string): boolean {
  const head = Buffer.alloc(8);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  if (spreadsheetKind(head) === 'text') return false;
  writeFileSync(path, sheetCsv(readSpreadsheet(readFileSync(path), { file: name })));
  return true;
}
