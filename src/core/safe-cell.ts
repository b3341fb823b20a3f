/**
 * A text cell that begins with =, +, -, @, a tab or a carriage return is read as a formula by
 * spreadsheet apps (CSV and XLSX alike), so an exported title like "=HYPERLINK(…)" could run when
 * the file is opened. Every writer of cells people open in a spreadsheet passes text through here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The value with a leading apostrophe when it would otherwise start a formula; other text unchanged. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
