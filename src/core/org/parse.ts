import Papa from 'papaparse';
import { LadderError } from '../errors.js';
import { cellRef, describeKind, type CellKind, type SheetTable } from '../sheet.js';
import { unifyLineEnds } from '../line-ends.js';
import { matchColumns, parseColumnMap } from './columns.js';
import { applyPreset } from './presets.js';
import { ROSTER_FIELDS, type ColumnMatch, type Person, type RejectedRow, type Roster, type RosterField, type ValueIssue } from './types.js';
import { checkDate, CURRENCY_SIGNS, parseMoney, PERIOD_WORDS } from './values.js';

export { checkDate, parseMoney } from './values.js';

export interface ParseRosterOptions {
  /** Shown in messages. */
  file?: string | undefined;
  /** Taken from the file's extension, or sniffed from the text, when not given. */
  format?: 'csv' | 'json' | undefined;
  /** Field → column, as `--map` gives it ("manager_id=Boss,id=Emp #") or as an object. */
  map?: string | readonly string[] | Partial<Record<RosterField, string>> | undefined;
  /** An HR system's export layout ("workday", "bamboohr"…); detected from the header when left out. */
  preset?: string | undefined;
  /** The date the roster describes (YYYY-MM-DD); an effective-date column is used when absent. */
  effectiveDate?: string | undefined;
}

const RAW_LIMIT = 500;

/**
 * Reads a roster from CSV (comma, semicolon, tab or pipe separated) or JSON text. Pure: the caller
 * reads the file. Rows that cannot be used are returned in `rejectedRows` with their line; a file
 * that cannot be read as a roster at all (no rows, a required column missing) throws a LadderError.
 */
export function parseRoster(text: string, options: ParseRosterOptions = {}): Roster {
  const file = options.file ?? 'roster';
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.startsWith('PK\u0003\u0004') || text.startsWith('\u00d0\u00cf\u0011\u00e0') || text.startsWith('\ufffd\ufffd\u0011\ufffd')) {
    // A spreadsheet read as text is garbage: its bytes go to the spreadsheet reader, which gives parseRosterTable its rows.
    throw new LadderError('unsupported-format', `${file} is a spreadsheet, not CSV or JSON text; read it as a spreadsheet`, {
      issues: [{ code: 'unsupported-format', file, message: 'spreadsheet bytes given as text' }],
    });
  }
  const format = options.format ?? formatOf(file, text);
  const table = format === 'json' ? jsonTable(text, file) : csvTable(unifyLineEnds(text), file);
  return buildRoster(table, options, file, format);
}

/**
 * Reads a roster from a sheet of a spreadsheet, as the spreadsheet reader (src/store/spreadsheet)
 * gives it. Line numbers are the sheet's row numbers; a title cell holding a date or a number
 * rejects the row, naming the cell.
 */
export function parseRosterTable(sheet: SheetTable, options: Omit<ParseRosterOptions, 'format' | 'file'> = {}): Roster {
  const clip = (cells: string[]) => clipRaw(cells.join(' | '));
  const table: Table = {
    headers: sheet.headers,
    rows: sheet.rows.map((r) => ({ line: r.line, extent: 1, cells: r.cells, problem: null, kinds: r.kinds })),
    raw: (row) => clip(row.cells ?? []),
  };
  const roster = buildRoster(table, options, sheet.file, 'xlsx');
  roster.sheet = sheet.sheet;
  if (sheet.notes.length) roster.notes = [...sheet.notes];
  return roster;
}

function formatOf(file: string, text: string): 'csv' | 'json' {
  if (/\.json$/i.test(file)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(file)) return 'csv';
  const first = /\S/.exec(text)?.[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/** The file as rows of cells with the line each row starts on, whatever the format. */
interface Table {
  headers: string[];
  rows: Row[];
  /** The row as it stood in the file, worked out only for rejected rows. */
  raw(row: Row): string;
}
interface Row {
  line: number;
  /** Lines the row spans (quoted line breaks), or the element's index for JSON. */
  extent: number;
  cells: string[] | null;
  problem: string | null;
  /** A spreadsheet row's cell kinds, when any cell is not text. */
  kinds?: (CellKind | undefined)[] | undefined;
}

const clipRaw = (s: string) => (s.length > RAW_LIMIT ? `${s.slice(0, RAW_LIMIT)}…` : s);

function csvTable(text: string, file: string): Table {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  const data = parsed.data;
  const problems = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.type === 'Delimiter') continue; // a one-column file has no delimiter to find
    if (e.row !== undefined && e.row !== null) problems.set(e.row, `${e.message.replace(/\.$/, '')}`);
  }
  // The line a row starts on: every row ends with one line break, plus those quoted inside its cells.
  let lines: string[] | undefined;
  const raw = (row: Row) => {
    lines ??= text.split(/\r\n|\n|\r/);
    return clipRaw(lines.slice(row.line - 1, row.line - 1 + row.extent).join('\n'));
  };
  let line = 1;
  let headerIndex = -1;
  const rows: Table['rows'] = [];
  let headers: string[] = [];
  for (let i = 0; i < data.length; i++) {
    const cells = data[i]!;
    let breaks = 0;
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k]!;
      for (let at = c.indexOf('\n'); at >= 0; at = c.indexOf('\n', at + 1)) breaks++;
    }
    const start = line;
    line += 1 + breaks;
    const blank = cells.length === 0 || (cells.length === 1 && cells[0]!.trim() === '');
    if (headerIndex < 0) {
      if (blank) continue;
      headerIndex = i;
      headers = cells.map((c) => c.trim());
      continue;
    }
    if (blank && !problems.has(i)) continue;
    const problem = problems.get(i) ?? null;
    rows.push({ line: start, extent: 1 + breaks, cells: problem ? null : cells, problem });
  }
  if (headerIndex < 0) throw emptyRoster(file);
  return { headers, rows, raw };
}

const ARRAY_KEYS = ['people', 'employees', 'roster', 'staff', 'members', 'users', 'workers', 'data', 'records', 'items', 'rows'];

function jsonTable(text: string, file: string): Table {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? lineAndColumn(text, Number(pos[1])) : undefined;
    throw new LadderError('invalid-roster', `${file} is not valid JSON: ${msg}`, {
      issues: [{ code: 'syntax', file, ...(where ? { line: where.line, column: where.column } : {}), message: msg }],
    });
  }
  let list: unknown[] | undefined;
  let key: string | null = null;
  if (Array.isArray(data)) list = data;
  else if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    key = ARRAY_KEYS.find((k) => Array.isArray(obj[k])) ?? Object.keys(obj).find((k) => Array.isArray(obj[k])) ?? null;
    if (key !== null) list = obj[key] as unknown[];
  }
  if (!list) {
    throw new LadderError('invalid-roster', `${file}: a JSON roster is an array of people, or an object with one (like {"people": [...]})`, {
      issues: [{ code: 'invalid-roster', file, line: 1, message: 'no array of people found' }],
    });
  }
  const lines = elementLines(text, key);
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const el of list) {
    if (el && typeof el === 'object' && !Array.isArray(el)) {
      for (const k of Object.keys(el)) if (!seen.has(k)) (seen.add(k), headers.push(k));
    }
  }
  const rows: Row[] = list.map((el, i) => {
    const line = lines[i] ?? 1;
    if (!el || typeof el !== 'object' || Array.isArray(el)) {
      return { line, extent: i, cells: null, problem: `expected an object with the person's fields, found ${Array.isArray(el) ? 'an array' : el === null ? 'null' : typeof el}` };
    }
    const obj = el as Record<string, unknown>;
    return { line, extent: i, cells: headers.map((h) => cellText(obj[h])), problem: null };
  });
  if (list.length === 0 && headers.length === 0) throw emptyRoster(file);
  const raw = (row: Row) => clipRaw(JSON.stringify(list![row.extent]) ?? String(list![row.extent]));
  return { headers, rows, raw };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(cellText).join(';');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ['id', 'email', 'name']) if (typeof o[k] === 'string' || typeof o[k] === 'number') return String(o[k]);
  }
  return JSON.stringify(v);
}

function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) (line++, (last = i));
  return { line, column: pos - last };
}

/**
 * The line each element of the roster array starts on: the root array, or the array under `key`
 * in the root object. A single pass over the text, tracking strings and nesting.
 */
export function elementLines(text: string, key: string | null): number[] {
  const out: number[] = [];
  let line = 1;
  let depth = 0;
  let targetDepth = key === null ? 1 : -1;
  let expect = false;
  let lastKeyStart = -1;
  let lastKeyEnd = -1;
  let pendingKey: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (expect && depth === targetDepth && c !== 93 /* ] */ && c !== 44 /* , */) {
      out.push(line);
      expect = false;
    }
    if (c === 34 /* " */) {
      const start = i;
      i++;
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === 34) break;
        else {
          if (d === 10) line++;
          i++;
        }
      }
      if (depth === 1) {
        lastKeyStart = start;
        lastKeyEnd = i;
      }
      continue;
    }
    if (c === 58 /* : */ && depth === 1 && lastKeyStart >= 0) {
      try {
        pendingKey = JSON.parse(text.slice(lastKeyStart, lastKeyEnd + 1)) as string;
      } catch {
        pendingKey = null;
      }
      continue;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (c === 91 && key !== null && depth === 2 && targetDepth < 0 && pendingKey === key) targetDepth = 2;
      if (c === 91 && depth === targetDepth) expect = true;
      continue;
    }
    if (c === 93 || c === 125) {
      if (depth === targetDepth && c === 93) {
        expect = false;
        if (key !== null) targetDepth = -2; // done: later arrays are not ours
      }
      depth--;
      continue;
    }
    if (c === 44 && depth === targetDepth) expect = true;
    if (c === 44 && depth === 1) pendingKey = null;
  }
  return out;
}

function emptyRoster(file: string): LadderError {
  return new LadderError('empty-roster', `${file} has no header row and no people`, { issues: [{ code: 'empty-roster', file, message: 'the file is empty' }] });
}

const NO_MANAGER = new Set(['', 'none', 'null', 'nil', 'n/a', 'na', '-', '—', '–', 'no manager']);
const TRUE_WORDS = new Set(['1', 'y', 'yes', 'true', 'open', 'x', 'tbh', 'vacant', 'vacancy', 'hiring', 'to be hired', 'req', 'requisition']);
const OPEN_TYPE = /\b(open|vacan|tbh|to be hired|requisition|unfilled|hiring)\b/i;
const OPEN_NAME = /^(open|tbh|tbd|vacant|vacancy|to be hired|new hire|hiring|open (role|position|req|headcount))\b/i;



function buildRoster(table: Table, options: ParseRosterOptions, file: string, format: Roster['format']): Roster {
  const given = parseColumnMap(options.map as string | readonly string[] | Record<string, string> | undefined);
  const preset = applyPreset(table.headers, options.preset, given, file);
  const mapSpec = preset.map;
  const { matches, byField, alternates, unused } = matchColumns(table.headers, mapSpec, file);
  // A header and nothing under it is almost always the wrong file or a failed export, not an empty org.
  if (table.rows.length === 0) {
    throw new LadderError('empty-roster', `${file} has a header row but no people under it`, { issues: [{ code: 'empty-roster', file, line: 2, message: 'no rows after the header' }] });
  }
  const width = table.headers.length;
  const people: Person[] = [];
  const rejectedRows: RejectedRow[] = [];
  const valueIssues: ValueIssue[] = [];
  /** id → position in `people`, to find duplicates. */
  const byId = new Map<string, number>();
  const dupLines = new Map<string, number[]>();
  // Column positions as plain numbers (-1: absent), read once: this runs for every row.
  const pos = {} as Record<RosterField, number>;
  const alt = {} as Record<RosterField, number[] | null>;
  for (const f of ROSTER_FIELDS) {
    pos[f] = byField[f] ?? -1;
    alt[f] = alternates[f] ?? null;
  }
  const trimmed = (v: string | undefined): string => {
    if (v === undefined || v.length === 0) return '';
    return v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 ? v.trim() : v;
  };
  const col = (cells: string[], f: RosterField): string => {
    const i = pos[f];
    if (i < 0) return '';
    const v = trimmed(cells[i]);
    const others = alt[f];
    if (v || others === null) return v;
    for (const j of others) {
      const w = trimmed(cells[j]);
      if (w) return w;
    }
    return '';
  };
  const reject = (row: Row, reason: string) => rejectedRows.push({ line: row.line, reason, raw: table.raw(row) });
  const effectiveColumn = pos.effective_date >= 0;
  const dates = new Map<string, number>();
  for (const row of table.rows) {
    if (!row.cells) {
      reject(row, row.problem ?? 'unreadable row');
      continue;
    }
    const cells = row.cells;
    if (format === 'csv' && cells.length !== width) {
      const extraEmpty = cells.length > width && cells.slice(width).every((c) => c.trim() === '');
      if (!extraEmpty) {
        reject(row, `has ${cells.length} field${cells.length === 1 ? '' : 's'} where the header has ${width}${cells.length > width ? ' (an unquoted comma?)' : ''}`);
        continue;
      }
    }
    const openCell = col(cells, 'open').toLowerCase();
    const type = col(cells, 'employment_type');
    let name = col(cells, 'name');
    if (!name && byField.first_name !== undefined) name = `${col(cells, 'first_name')} ${col(cells, 'last_name')}`.trim();
    const open = (openCell !== '' && TRUE_WORDS.has(openCell)) || (type !== '' && OPEN_TYPE.test(type)) || OPEN_NAME.test(name);
    let id = col(cells, 'id');
    const title = col(cells, 'title');
    if (!id) {
      if (!open) {
        reject(row, 'no id');
        continue;
      }
      id = `open-line-${row.line}`;
    }
    const titleKind = row.kinds?.[pos.title];
    if (titleKind && titleKind !== 'text') {
      reject(row, `the title cell ${cellRef(pos.title, row.line)} holds ${describeKind(titleKind, title)}, not a job title`);
      continue;
    }
    if (!title) {
      reject(row, `no title for "${id}"`);
      continue;
    }
    if (!name) {
      if (!open) {
        reject(row, `no name for "${id}"`);
        continue;
      }
      name = 'Open position';
    }
    const at = byId.get(id);
    if (at !== undefined) {
      const prev = people[at]!.line;
      const lines = dupLines.get(id) ?? [prev];
      lines.push(row.line);
      dupLines.set(id, lines);
      reject(row, `duplicate id "${id}" (first used on line ${prev})`);
      continue;
    }
    byId.set(id, people.length);
    const managerRaw = col(cells, 'manager_id');
    const email = col(cells, 'email');
    const department = col(cells, 'department');
    const location = col(cells, 'location');
    const productLine = col(cells, 'product_line');
    // Every person gets every field, so all Person objects share one shape (fast property access).
    const person: Person = {
      id,
      name,
      title: /\s\s|[\t\n\r]/.test(title) ? title.replace(/\s+/g, ' ') : title,
      managerId: managerRaw === '' || (managerRaw.length <= 10 && NO_MANAGER.has(managerRaw.toLowerCase())) ? null : managerRaw,
      line: row.line,
      email: email || undefined,
      department: department || undefined,
      location: location || undefined,
      productLine: productLine || undefined,
      salary: undefined,
      currency: undefined,
      employmentType: type || undefined,
      level: col(cells, 'level') || undefined,
      payPeriod: undefined,
      hoursPerWeek: undefined,
      open,
      dottedLineIds: splitList(col(cells, 'dotted_line')),
    };
    const currencyCell = col(cells, 'currency');
    if (currencyCell) {
      const cur = currencyCell.toUpperCase();
      if (/^[A-Z]{3}$/.test(cur)) person.currency = cur;
      else if (CURRENCY_SIGNS[currencyCell]) person.currency = CURRENCY_SIGNS[currencyCell];
      else valueIssues.push({ line: row.line, id, field: 'currency', value: currencyCell, message: `currency "${currencyCell}" is not an ISO 4217 code like USD or EUR` });
    }
    const salaryCell = col(cells, 'salary');
    if (salaryCell) {
      // Plain digits are the common case; everything else goes through parseMoney.
      const parsed = /^\d+$/.test(salaryCell) ? { amount: Number(salaryCell), currency: undefined } : parseMoney(salaryCell);
      if (parsed === null) valueIssues.push({ line: row.line, id, field: 'salary', value: salaryCell, message: `salary "${salaryCell}" is not a number` });
      else {
        person.salary = parsed.amount;
        if (!person.currency && parsed.currency) person.currency = parsed.currency;
      }
    }
    const periodCell = col(cells, 'pay_period');
    if (periodCell) {
      const period = PERIOD_WORDS[periodCell.toLowerCase().replace(/^per\s+/, 'per ').trim()];
      if (period) person.payPeriod = period;
      else valueIssues.push({ line: row.line, id, field: 'pay_period', value: periodCell, message: `pay period "${periodCell}" is not year, month, week or hour` });
    }
    const hoursCell = col(cells, 'hours_per_week');
    if (hoursCell) {
      const h = Number(hoursCell.replace(',', '.'));
      if (Number.isFinite(h) && h > 0 && h <= 168) person.hoursPerWeek = h;
      else valueIssues.push({ line: row.line, id, field: 'hours_per_week', value: hoursCell, message: `hours a week "${hoursCell}" is not a number from 1 to 168` });
    }
    const dateCell = effectiveColumn ? col(cells, 'effective_date') : '';
    if (dateCell) dates.set(dateCell.slice(0, 10), (dates.get(dateCell.slice(0, 10)) ?? 0) + 1);
    people.push(person);
  }
  let effectiveDate = options.effectiveDate === undefined ? undefined : checkDate(options.effectiveDate, 'the effective date');
  if (effectiveDate === undefined && dates.size) {
    // The most common date of the column: a roster is one snapshot.
    const [best] = [...dates.entries()].sort((a, b) => b[1] - a[1]);
    try {
      effectiveDate = checkDate(best![0], `${file}: the effective-date column`);
    } catch {
      effectiveDate = undefined;
    }
  }
  const duplicates = [...dupLines.entries()].map(([id, lines]) => ({ id, lines }));
  const columns: ColumnMatch[] = matches;
  const roster: Roster = { file, format, people, rejectedRows, duplicates, valueIssues, columns, unusedColumns: unused };
  if (preset.name) roster.preset = preset.name;
  if (effectiveDate) roster.effectiveDate = effectiveDate;
  return roster;
}

/** Shared by every person without dotted lines (frozen: nobody may add to it). */
const NO_IDS = Object.freeze([]) as unknown as string[];

function splitList(s: string): string[] {
  if (!s) return NO_IDS;
  return s
    .split(/[;|,]/)
    .map((x) => x.trim())
    .filter((x) => x && !NO_MANAGER.has(x.toLowerCase()));
}
