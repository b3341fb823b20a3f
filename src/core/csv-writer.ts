import { neutraliseCell } from './safe-cell.js';

/**
 * The one CSV writer: every CSV the product writes (exports, normalize results, rosters) is made
 * of these fields, so quoting and formula neutralisation are the same everywhere.
 */
export interface CsvFormat {
  /** One character; default ",". */
  delimiter?: string;
  /** Default "\r\n" (RFC 4180). */
  newline?: string;
}

const NEEDS_QUOTES = new Map<string, RegExp>();

/** One field: neutralised (see safe-cell.ts), then quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: string, delimiter = ','): string {
  if (value === '') return value;
  const safe = neutraliseCell(value);
  let re = NEEDS_QUOTES.get(delimiter);
  if (!re) NEEDS_QUOTES.set(delimiter, (re = new RegExp(`["\r\n${delimiter.replace(/[\]\\^-]/g, '\\$&')}]`)));
  return re.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row, without its line break. */
export function csvRow(cells: readonly string[], delimiter = ','): string {
  let text = '';
  for (let i = 0; i < cells.length; i++) text += (i ? delimiter : '') + csvField(cells[i]!, delimiter);
  return text;
}

/** Rows as CSV text, each row ending with the newline. */
export function toCsv(rows: readonly (readonly string[])[], format: CsvFormat = {}): string {
  const delimiter = format.delimiter ?? ',';
  const newline = format.newline ?? '\r\n';
  let text = '';
  for (const row of rows) text += csvRow(row, delimiter) + newline;
  return text;
}

/** Objects as CSV with the given columns as the header (missing values are empty). */
export function recordsToCsv(columns: readonly string[], records: readonly Record<string, unknown>[], format: CsvFormat = {}): string {
  return toCsv([columns, ...records.map((r) => columns.map((c) => (r[c] === undefined || r[c] === null ? '' : String(r[c]))))], format);
}
