import { parseRoster, parseRosterTable, type ParseRosterOptions } from '../core/org/parse.js';
import type { Roster } from '../core/org/types.js';
import { readSpreadsheet, SPREADSHEET_NAME, spreadsheetKind } from './spreadsheet/index.js';
import { decodeFile, type TextEncodingName } from './text-encoding.js';

export interface RosterBytesOptions extends ParseRosterOptions {
  file: string;
  /** The sheet of a spreadsheet roster; the first visible one when left out. */
  sheet?: string | undefined;
  /** The text encoding of a CSV or JSON roster; told by its bytes when left out. */
  encoding?: TextEncodingName | undefined;
}

/**
 * A roster from a file's bytes, whatever it is: a spreadsheet (told by its bytes, not its name)
 * goes through the spreadsheet reader, anything else is read as CSV or JSON text, in the encoding
 * its bytes show (UTF-8, UTF-16 or Windows-1252). The CLI and the server both read rosters here.
 */
export function rosterFromBytes(data: Uint8Array, options: RosterBytesOptions): Roster {
  const kind = spreadsheetKind(data);
  if (kind !== 'text' || (SPREADSHEET_NAME.test(options.file) && options.format === undefined)) {
    const table = readSpreadsheet(data, { file: options.file, sheet: options.sheet });
    return parseRosterTable(table, { map: options.map, preset: options.preset, effectiveDate: options.effectiveDate });
  }
  const { text } = decodeFile(data, options.file, options.encoding);
  return parseRoster(text, { file: options.file, format: options.format, map: options.map, preset: options.preset, effectiveDate: options.effectiveDate });
}
