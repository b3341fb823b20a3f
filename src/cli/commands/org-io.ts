import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseOrgConfig } from '../../core/org/config.js';
import { parseRoster } from '../../core/org/parse.js';
import type { Roster } from '../../core/org/types.js';
import type { OrgConfig } from '../../core/org/config.js';
import { LadderError } from '../../core/errors.js';
import { readTextFile } from '../../store/framework-files.js';

/** Reads a roster file ("-" for standard input) and parses it. */
export function readRoster(path: string, options: { map?: string[] | undefined; format?: 'csv' | 'json' | undefined }): Roster {
  if (/\.xlsx?$/i.test(path)) {
    throw new LadderError('unsupported-format', `${path}: spreadsheets (XLSX) are not read directly; save the sheet as CSV (UTF-8) and audit that`, {
      issues: [{ code: 'unsupported-format', file: path, message: 'XLSX is not supported; export CSV' }],
    });
  }
  const input = path === '-' ? { file: 'stdin', text: readFileSync(0, 'utf8') } : readTextFile(resolve(path));
  return parseRoster(input.text, { file: input.file, format: options.format, map: options.map });
}

export function readOrgConfig(path: string | undefined): OrgConfig | undefined {
  if (!path) return undefined;
  const input = readTextFile(resolve(path));
  return parseOrgConfig(input.text, input.file);
}
