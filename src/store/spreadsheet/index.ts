import { LadderError } from '../../core/errors.js';
import type { SheetTable } from '../../core/sheet.js';
import { readXlsx, type ReadSheetOptions } from './read-xlsx.js';

export { readXlsx, type ReadSheetOptions } from './read-xlsx.js';
// The writer (write-xlsx.ts) loads exceljs: import it from its own file, only where a workbook is written.

export type SpreadsheetKind = 'xlsx' | 'encrypted' | 'xls' | 'text';

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted Office file keeps its package in, as the compound file names it (UTF-16). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** What the bytes are: a ZIP-based workbook, an encrypted Office file, an old binary XLS, or text. */
export function spreadsheetKind(data: Uint8Array): SpreadsheetKind {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6)) return 'xlsx';
  if (b.length >= 8 && b.subarray(0, 8).equals(CFB)) return b.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls';
  return 'text';
}

/** True for a file name a spreadsheet app writes. */
export const SPREADSHEET_NAME = /\.(xlsx|xlsm|xls)$/i;

/**
 * Reads a sheet from spreadsheet bytes, or explains why it cannot: password-protected files and
 * old binary XLS files are refused with what to do instead.
 */
export function readSpreadsheet(data: Uint8Array, options: ReadSheetOptions): SheetTable {
  const kind = spreadsheetKind(data);
  const file = options.file;
  if (kind === 'encrypted') {
    throw new LadderError('xlsx-encrypted', `${file} is password-protected; open it, remove the password (File › Info › Protect Workbook) or save an unprotected copy, and try again`, {
      issues: [{ code: 'xlsx-encrypted', file, message: 'password-protected workbook' }],
    });
  }
  if (kind === 'xls') {
    throw new LadderError('unsupported-xls', `${file} is an Excel 97–2003 workbook (.xls), which is not read; open it and save it as .xlsx (or CSV) and try again`, {
      issues: [{ code: 'unsupported-xls', file, message: 'binary XLS is not supported' }],
    });
  }
  if (kind === 'text') {
    throw new LadderError('xlsx-corrupt', `${file} is not a spreadsheet: an .xlsx file is a ZIP archive, and this one is not. If it is CSV, give it a .csv name`, {
      issues: [{ code: 'xlsx-corrupt', file, message: 'not a ZIP archive' }],
    });
  }
  return readXlsx(Buffer.from(data.buffer, data.byteOffset, data.byteLength), options);
}
