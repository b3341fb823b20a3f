import { LadderError } from '../../core/errors.js';
import type { SheetRow, SheetTable } from '../../core/sheet.js';
import { SharedStrings, SharedStringsReader } from './shared-strings.js';
import { type CellRules, SheetRowParser } from './sheet-rows.js';
import { MergeScanner, RowShaper } from './sheet-shape.js';
import { attr, elements, hasDoctype, section } from './xml.js';
import { corrupt, ZipArchive } from './zip.js';

export { serialDate } from './sheet-rows.js';

export interface ReadSheetOptions {
  /** Shown in messages. */
  file: string;
  /** The sheet to read; the first visible worksheet when left out. */
  sheet?: string | undefined;
}

interface SheetInfo {
  name: string;
  path: string | null;
  hidden: boolean;
}

/** What a workbook says about the sheet to read, before its cells: where it is and how to read them. */
export interface BookSheet {
  /** The sheet's part in the archive. */
  path: string;
  name: string;
  /** Every sheet of the workbook, in order. */
  sheets: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

/** The shared strings' part. */
export const SHARED_STRINGS = 'xl/sharedStrings.xml';

/**
 * Reads one sheet of an XLSX workbook into a header and rows of text. Formulas give their saved
 * results and are never evaluated; dates become ISO dates (2026-03-31); merged cells in the data
 * take the merged value in every cell they cover. Errors name the file, the sheet and the cell.
 *
 * The whole-buffer form of the streaming reader (sheet-stream.ts): the same parser and shaper,
 * given the sheet's XML in one piece.
 */
export function readXlsx(data: Buffer, options: ReadSheetOptions): SheetTable {
  const file = options.file;
  const zip = new ZipArchive(data, file);
  const book = bookSheet(zip, options);
  const strings = new SharedStringsReader();
  const sst = part(zip, SHARED_STRINGS, file);
  if (sst) strings.push(sst);
  const xml = part(zip, book.path, file)!;
  const scanner = new MergeScanner();
  scanner.push(xml);
  const rows: SheetRow[] = [];
  const { parser, shaper } = sheetReaders(book, file, strings.end(), scanner.end(), (row) => rows.push(row));
  parser.push(xml);
  parser.end();
  const { headers, headerLine } = shaper.end();
  return { file, sheet: book.name, sheets: book.sheets, headers, headerLine, rows, notes: shaper.notes };
}

/** The parser and the shaper of one sheet, joined: rows in, shaped rows out to `emit`. */
export function sheetReaders(book: BookSheet, file: string, strings: SharedStrings, merges: ReturnType<MergeScanner['end']>, emit: (row: SheetRow) => void): { parser: SheetRowParser; shaper: RowShaper } {
  const shaper = new RowShaper({ file, sheet: book.name, sheets: book.sheets }, merges, emit);
  const rules: CellRules = { file, sheet: book.name, strings, dateStyles: book.dateStyles, date1904: book.date1904 };
  return { parser: new SheetRowParser(rules, (row) => shaper.push(row)), shaper };
}

/** Finds the sheet to read and how to read its cells (the workbook, its relationships and its styles: small parts). */
export function bookSheet(zip: ZipArchive, options: ReadSheetOptions): BookSheet {
  const file = options.file;
  const workbookXml = part(zip, 'xl/workbook.xml', file);
  if (workbookXml === undefined) {
    if (zip.has('mimetype') || zip.has('content.xml')) throw unsupported(file, 'an OpenDocument spreadsheet (.ods)', 'ods');
    throw corrupt(file, 'it is a ZIP file without a workbook (xl/workbook.xml)');
  }
  const sheets = sheetList(zip, workbookXml, file);
  const chosen = chooseSheet(sheets, options.sheet, file);
  if (!chosen.path || !zip.has(chosen.path)) throw corrupt(file, `the sheet "${chosen.name}" has no cells part (it may be a chart sheet)`);
  const date1904 = /date1904\s*=\s*["'](1|true)["']/.test(elements(workbookXml, 'workbookPr')[0] ?? '');
  return { path: chosen.path, name: chosen.name, sheets: sheets.map((s) => s.name), dateStyles: dateStyleIds(zip, file), date1904 };
}

function part(zip: ZipArchive, name: string, file: string): string | undefined {
  const text = zip.text(name);
  if (text !== undefined && hasDoctype(text)) throw doctype(file, name);
  return text;
}

export function doctype(file: string, name: string): LadderError {
  return corrupt(file, `the part ${name} declares a document type, which workbooks never do`);
}

function sheetList(zip: ZipArchive, workbookXml: string, file: string): SheetInfo[] {
  const rels = new Map<string, string>();
  for (const a of elements(part(zip, 'xl/_rels/workbook.xml.rels', file) ?? '', 'Relationship')) {
    const id = attr(a, 'Id');
    const target = attr(a, 'Target');
    const type = attr(a, 'Type') ?? '';
    if (id && target && /\/worksheet$/.test(type)) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const out: SheetInfo[] = [];
  for (const a of elements(section(workbookXml, 'sheets') ?? '', 'sheet')) {
    const name = attr(a, 'name');
    if (name === undefined) continue;
    const rid = attr(a, 'r:id') ?? /\s[\w.-]+:id\s*=\s*["']([^"']+)["']/.exec(a)?.[1];
    out.push({ name, path: rid ? (rels.get(rid) ?? null) : null, hidden: /state\s*=\s*["'](hidden|veryHidden)["']/.test(a) });
  }
  if (!out.length) throw corrupt(file, 'the workbook lists no sheets');
  return out;
}

function chooseSheet(sheets: SheetInfo[], wanted: string | undefined, file: string): SheetInfo {
  if (wanted === undefined) {
    const first = sheets.find((s) => !s.hidden && s.path) ?? sheets.find((s) => s.path);
    if (!first) throw corrupt(file, 'the workbook has no worksheet');
    return first;
  }
  const exact = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (exact) return exact;
  const list = sheets.map((s) => `"${s.name}"`).join(', ');
  throw new LadderError('xlsx-sheet-not-found', `${file} has no sheet "${wanted}"; its sheets are ${list}`, {
    issues: [{ code: 'xlsx-sheet-not-found', file, sheet: wanted, field: 'sheet', value: wanted, message: `sheets: ${list}` }],
  });
}

/** Built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Indexes of the cell styles (cellXfs) whose number format is a date. */
function dateStyleIds(zip: ZipArchive, file: string): Set<number> {
  const xml = part(zip, 'xl/styles.xml', file);
  const out = new Set<number>();
  if (!xml) return out;
  const custom = new Map<number, string>();
  for (const a of elements(section(xml, 'numFmts') ?? '', 'numFmt')) custom.set(Number(attr(a, 'numFmtId')), attr(a, 'formatCode') ?? '');
  elements(section(xml, 'cellXfs') ?? '', 'xf').forEach((a, i) => {
    const id = Number(attr(a, 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) out.add(i);
  });
  return out;
}

/** A format code shows a date when, outside quoted text and [colour] brackets, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function unsupported(file: string, what: string, code: string): LadderError {
  return new LadderError(`unsupported-${code}`, `${file} is ${what}, which is not read; open it and save it as .xlsx or CSV`, { issues: [{ code: `unsupported-${code}`, file, message: what }] });
}
