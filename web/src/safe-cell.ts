/**
 * The formula-injection rule of src/core/safe-cell.ts, for the browser (the web app imports only
 * types from src/core). safe-cell.test.ts checks the two agree on every string.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
