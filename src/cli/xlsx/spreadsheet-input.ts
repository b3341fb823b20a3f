/** A file name a spreadsheet app writes (.xlsx, .xlsm, .xls): such inputs go to the spreadsheet adapter. */
export function isSpreadsheetInput(file: string): boolean {
  return /\.(xlsx|xlsm|xls)$/i.test(file);
}
