import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseOrgConfig } from '../../core/org/config.js';
import { columnMapAdvice } from '../../core/org/columns.js';
import type { Roster } from '../../core/org/types.js';
import type { OrgConfig } from '../../core/org/config.js';
import { LadderError } from '../../core/errors.js';
import { readTextFile } from '../../store/framework-files.js';
import { rosterFromBytes } from '../../store/roster-file.js';
import type { TextEncodingName } from '../../store/text-encoding.js';

export interface ReadRosterOptions {
  map?: string[] | undefined;
  format?: 'csv' | 'json' | undefined;
  sheet?: string | undefined;
  /** --encoding: the text encoding of a CSV or JSON roster (told by its bytes when left out). */
  encoding?: TextEncodingName | undefined;
  preset?: string | undefined;
  /** --date: the day the roster describes. */
  date?: string | undefined;
}

/** Reads a roster file ("-" for standard input): CSV, JSON or a spreadsheet (XLSX). */
export function readRoster(path: string, options: ReadRosterOptions): Roster {
  let data: Buffer;
  let file = path;
  try {
    data = path === '-' ? readFileSync(0) : readFileSync(resolve(path));
    if (path === '-') file = 'stdin';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LadderError('file-not-readable', `Cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? String(e)}`, {
      issues: [{ code: 'file-not-readable', file: path, message: code ?? 'unreadable' }],
    });
  }
  let roster: Roster;
  try {
    roster = rosterFromBytes(data, { file, format: options.format, map: options.map, sheet: options.sheet, encoding: options.encoding, preset: options.preset, effectiveDate: options.date });
  } catch (e) {
    throw columnMapAdvice(e, (example) => `Name the columns with --map, e.g. --map ${example.replace(/=([^,]+)/g, '="$1"')}`);
  }
  if (roster.sheet || roster.preset) {
    const how = [roster.sheet ? `the sheet "${roster.sheet}"` : '', roster.preset ? `as a ${roster.preset} export` : ''].filter(Boolean).join(' ');
    process.stderr.write(`ladder: read ${roster.file}: ${how}${options.preset ? '' : roster.preset ? ' (recognised from its header; --preset or --map to change)' : ''}\n`);
  }
  for (const note of roster.notes ?? []) process.stderr.write(`ladder: ${roster.file}: ${note}\n`);
  return roster;
}

export function readOrgConfig(path: string | undefined): OrgConfig | undefined {
  if (!path) return undefined;
  const input = readTextFile(resolve(path));
  return parseOrgConfig(input.text, input.file);
}
