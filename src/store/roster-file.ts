import { parseRoster, parseRosterTable, type ParseRosterOptions } from '../core/org/parse.js';
import type { Roster } from '../core/org/types.js';
import { readSpreadsheet, SPREADSHEET_NAME, spreadsheetKind } from './spreadsheet/index.js';

export interface RosterBytesOptions extends ParseRosterOptions {
  file: string;
  /** The sheet of a spreadsheet roster; the first visible one when left out. */
  sheet?: string | undefined;
}

/**
 * A roster from a file's bytes, whatever it is: a spreadsheet (told by its bytes, not its name)
 * goes through the spreadsheet reader, anything else is read as CSV or JSON text. The CLI and
 * the server both read rosters here.
 */
export function rosterFromBytes(data: Uint8Array, options: RosterBytesOptions): Roster {
  const kind = spreadsheetKind(data);
  if (kind !== 'text' || (SPREADSHEET_NAME.test(options.file) && options.format === undefined)) {
    const table = readSpreadsheet(data, { file: options.file, sheet: options.sheet });
    return parseRosterTable(table, { map: options.map, preset: options.preset, effectiveDate: options.effectiveDate });
  }
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  return parseRoster(text, { file: options.file, format: options.format, map: options.map, preset: options.preset, effectiveDate: options.effectiveDate });
}
