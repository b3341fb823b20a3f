/**
 * A sheet of a spreadsheet as the pure parts of the program read it: a header and rows of text
 * cells. The I/O modules (src/store/spreadsheet) turn a workbook's bytes into this; the roster
 * parser and the bulk normalizer take it without knowing a spreadsheet was involved.
 */

/** What a cell held before it became text: a date or a number in a column of names is worth a word. */
export type CellKind = 'text' | 'number' | 'date' | 'bool' | 'error' | 'formula-without-value';

export interface SheetRow {
  /** The row number the spreadsheet shows (1-based). */
  line: number;
  cells: string[];
  /** Per cell, when any cell of the row is not plain text; absent for an all-text row. */
  kinds?: (CellKind | undefined)[] | undefined;
}

export interface SheetTable {
  /** The file, for messages. */
  file: string;
  /** The sheet read. */
  sheet: string;
  /** Every sheet of the workbook, in order. */
  sheets: string[];
  headers: string[];
  /** The row number of the header. */
  headerLine: number;
  rows: SheetRow[];
  /** Things said about the whole sheet (a title band above the header was skipped…). */
  notes: string[];
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** "C7" for column 2, row 7. */
export function cellRef(column: number, line: number): string {
  return `${columnLetters(column)}${line}`;
}

/** "a date", "the number 42": what a non-text cell is called in a message. */
export function describeKind(kind: CellKind, value: string): string {
  switch (kind) {
    case 'date':
      return `a date (${value})`;
    case 'number':
      return `the number ${value}`;
    case 'bool':
      return `a true/false value (${value})`;
    case 'error':
      return `a formula error (${value})`;
    case 'formula-without-value':
      return 'a formula with no saved result';
    default:
      return `"${value}"`;
  }
}
