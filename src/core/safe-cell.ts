/**
 * Formula-injection neutralisation for cells a spreadsheet will open (OWASP "CSV Injection"):
 * a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel,
 * LibreOffice and Google Sheets as a formula, so it gets a leading single quote, which they show
 * as text. Every CSV and spreadsheet the product writes passes its cells through this.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The value with a leading apostrophe when it would otherwise start a formula; other text unchanged. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
