import { LadderError } from '../../core/errors.js';
import { cellRef, columnIndex, type CellKind, type SheetRow, type SheetTable } from '../../core/sheet.js';
import { attr, elements, hasDoctype, section, xmlText } from './xml.js';
import { corrupt, ZipArchive } from './zip.js';

export interface ReadSheetOptions {
  /** Shown in messages. */
  file: string;
  /** The sheet to read; the first visible worksheet when left out. */
  sheet?: string | undefined;
}

interface SheetInfo {
  name: string;
  path: string | null;
  hidden: boolean;
}

/**
 * Reads one sheet of an XLSX workbook into a header and rows of text. Formulas give their saved
 * results and are never evaluated; dates become ISO dates (2026-03-31); merged cells in the data
 * take the merged value in every cell they cover. Errors name the file, the sheet and the cell.
 */
export function readXlsx(data: Buffer, options: ReadSheetOptions): SheetTable {
  const file = options.file;
  const zip = new ZipArchive(data, file);
  const workbookXml = part(zip, 'xl/workbook.xml', file);
  if (workbookXml === undefined) {
    if (zip.has('mimetype') || zip.has('content.xml')) throw unsupported(file, 'an OpenDocument spreadsheet (.ods)', 'ods');
    throw corrupt(file, 'it is a ZIP file without a workbook (xl/workbook.xml)');
  }
  const sheets = sheetList(zip, workbookXml, file);
  const names = sheets.map((s) => s.name);
  const chosen = chooseSheet(sheets, options.sheet, file);
  if (!chosen.path || !zip.has(chosen.path)) throw corrupt(file, `the sheet "${chosen.name}" has no cells part (it may be a chart sheet)`);
  const date1904 = /date1904\s*=\s*["'](1|true)["']/.test(elements(workbookXml, 'workbookPr')[0] ?? '');
  const strings = sharedStrings(zip, file);
  const dateStyles = dateStyleIds(zip, file);
  const sheetXml = part(zip, chosen.path, file)!;
  return sheetTable(sheetXml, { file, sheet: chosen.name, sheets: names, strings, dateStyles, date1904 });
}

function part(zip: ZipArchive, name: string, file: string): string | undefined {
  const text = zip.text(name);
  if (text !== undefined && hasDoctype(text)) throw corrupt(file, `the part ${name} declares a document type, which workbooks never do`);
  return text;
}

function sheetList(zip: ZipArchive, workbookXml: string, file: string): SheetInfo[] {
  const rels = new Map<string, string>();
  for (const a of elements(part(zip, 'xl/_rels/workbook.xml.rels', file) ?? '', 'Relationship')) {
    const id = attr(a, 'Id');
    const target = attr(a, 'Target');
    const type = attr(a, 'Type') ?? '';
    if (id && target && /\/worksheet$/.test(type)) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const out: SheetInfo[] = [];
  for (const a of elements(section(workbookXml, 'sheets') ?? '', 'sheet')) {
    const name = attr(a, 'name');
    if (name === undefined) continue;
    const rid = attr(a, 'r:id') ?? /\s[\w.-]+:id\s*=\s*["']([^"']+)["']/.exec(a)?.[1];
    out.push({ name, path: rid ? (rels.get(rid) ?? null) : null, hidden: /state\s*=\s*["'](hidden|veryHidden)["']/.test(a) });
  }
  if (!out.length) throw corrupt(file, 'the workbook lists no sheets');
  return out;
}

function chooseSheet(sheets: SheetInfo[], wanted: string | undefined, file: string): SheetInfo {
  if (wanted === undefined) {
    const first = sheets.find((s) => !s.hidden && s.path) ?? sheets.find((s) => s.path);
    if (!first) throw corrupt(file, 'the workbook has no worksheet');
    return first;
  }
  const exact = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (exact) return exact;
  const list = sheets.map((s) => `"${s.name}"`).join(', ');
  throw new LadderError('xlsx-sheet-not-found', `${file} has no sheet "${wanted}"; its sheets are ${list}`, {
    issues: [{ code: 'xlsx-sheet-not-found', file, sheet: wanted, field: 'sheet', value: wanted, message: `sheets: ${list}` }],
  });
}

/** The shared string table: each <si> is plain text or rich-text runs (phonetic guides left out). */
function sharedStrings(zip: ZipArchive, file: string): string[] {
  const xml = part(zip, 'xl/sharedStrings.xml', file);
  if (!xml) return [];
  const out: string[] = [];
  const si = /<(?:[\w.-]+:)?si(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?si>|<(?:[\w.-]+:)?si\s*\/>/g;
  const t = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g;
  for (let m = si.exec(xml); m; m = si.exec(xml)) {
    let body = m[1] ?? '';
    if (body.includes('rPh')) body = body.replace(/<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
    let text = '';
    t.lastIndex = 0;
    for (let n = t.exec(body); n; n = t.exec(body)) text += n[1]!;
    out.push(xmlText(text));
  }
  return out;
}

/** Built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Indexes of the cell styles (cellXfs) whose number format is a date. */
function dateStyleIds(zip: ZipArchive, file: string): Set<number> {
  const xml = part(zip, 'xl/styles.xml', file);
  const out = new Set<number>();
  if (!xml) return out;
  const custom = new Map<number, string>();
  for (const a of elements(section(xml, 'numFmts') ?? '', 'numFmt')) custom.set(Number(attr(a, 'numFmtId')), attr(a, 'formatCode') ?? '');
  elements(section(xml, 'cellXfs') ?? '', 'xf').forEach((a, i) => {
    const id = Number(attr(a, 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) out.add(i);
  });
  return out;
}

/** A format code shows a date when, outside quoted text and [colour] brackets, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** An Excel serial day as an ISO date (or date and time). */
export function serialDate(serial: number, date1904: boolean): string {
  // 1970-01-01 is day 25569 in the 1900 system (which counts a 29 February 1900 that never was)
  // and day 24107 in the 1904 system.
  const days = date1904 ? serial - 24107 : serial < 60 ? serial - 25568 : serial - 25569;
  const ms = Math.round(days * 86400000);
  const iso = new Date(ms).toISOString();
  return ms % 86400000 === 0 ? iso.slice(0, 10) : iso.slice(0, 16);
}

interface SheetContext {
  file: string;
  sheet: string;
  sheets: string[];
  strings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

interface Merge {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
  ref: string;
}

// The elements of sheet data the reader acts on, by their local name (any namespace prefix).
const ROW = 1;
const C = 2;
const V = 3;
const F = 4;
const IS = 5;
const T = 6;
const RPH = 7;
const SHEET_DATA = 8;

/** Which element the local name at xml[from, from + n) is, or 0 for any other. */
function elementOf(xml: string, from: number, n: number): number {
  const c0 = xml.charCodeAt(from);
  if (n === 1) return c0 === 99 ? C : c0 === 118 ? V : c0 === 102 ? F : c0 === 116 ? T : 0;
  if (n === 3) return xml.startsWith('row', from) ? ROW : xml.startsWith('rPh', from) ? RPH : 0;
  if (n === 2) return xml.startsWith('is', from) ? IS : 0;
  if (n === 9) return xml.startsWith('sheetData', from) ? SHEET_DATA : 0;
  return 0;
}

/**
 * The value of attribute `name` in xml[from, to): the common ` name="…"` form is found without
 * copying the element; other spellings (single quotes, line breaks between attributes) go through attr().
 */
function attrAt(xml: string, from: number, to: number, name: string): string | undefined {
  const at = xml.indexOf(` ${name}="`, from);
  if (at >= 0 && at < to) {
    const v = at + name.length + 3;
    const close = xml.indexOf('"', v);
    if (close >= 0 && close < to) {
      const raw = xml.slice(v, close);
      return raw.indexOf('&') >= 0 || raw.indexOf('_x') >= 0 ? xmlText(raw) : raw;
    }
  }
  for (let i = from; i < to; i++) {
    const ch = xml.charCodeAt(i);
    if (ch === 39 /* ' */ || ch === 9 || ch === 10 || ch === 13) return attr(xml.slice(from, to), name);
  }
  return undefined;
}

function sheetTable(xml: string, ctx: SheetContext): SheetTable {
  const { file, sheet, strings, dateStyles, date1904 } = ctx;
  // Dates repeat (hire dates, effective dates): each serial is turned into text once.
  const dates = new Map<number, string>();
  const start = xml.search(/<(?:[\w.-]+:)?sheetData[\s>]/);
  const all: SheetRow[] = [];
  if (start >= 0) {
    let row: SheetRow | null = null;
    let lastLine = 0;
    let col = -1;
    let type = '';
    let style = 0;
    let hasFormula = false;
    let value: string | null = null;
    let inline: string | null = null;
    let capture = 0;
    let captureFrom = 0;
    let inPhonetic = false;
    let pos = start;
    // One pass over the tags with indexOf: no copies of tags or attributes but the values read.
    for (;;) {
      const lt = xml.indexOf('<', pos);
      if (lt < 0) break;
      const gt = xml.indexOf('>', lt + 1);
      if (gt < 0) break;
      pos = gt + 1;
      let k = lt + 1;
      const closing = xml.charCodeAt(k) === 47;
      if (closing) k++;
      let local = k;
      while (k < gt) {
        const ch = xml.charCodeAt(k);
        if (ch === 32 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
        if (ch === 58 /* : */) local = k + 1;
        k++;
      }
      const el = elementOf(xml, local, k - local);
      if (el === 0) continue;
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      if (el === SHEET_DATA) {
        if (closing || selfClosing) break;
        continue;
      }
      if (closing) {
        if (el === V && capture === V) {
          value = xml.slice(captureFrom, lt);
          capture = 0;
        } else if (el === T && capture === T) {
          if (!inPhonetic) inline = (inline ?? '') + xml.slice(captureFrom, lt);
          capture = 0;
        } else if (el === RPH) inPhonetic = false;
        else if (el === C && row) setCell(row, col, type, style, hasFormula, value, inline);
        else if (el === ROW) row = null;
        continue;
      }
      const attrEnd = selfClosing ? gt - 1 : gt;
      switch (el) {
        case ROW: {
          const r = attrAt(xml, k, attrEnd, 'r');
          const line = r ? Number(r) : lastLine + 1;
          if (!Number.isInteger(line) || line < 1) throw corrupt(file, `the sheet "${sheet}" has a row numbered "${r}"`);
          lastLine = line;
          col = -1;
          row = selfClosing ? null : { line, cells: [] };
          if (row) all.push(row);
          break;
        }
        case C: {
          const r = attrAt(xml, k, attrEnd, 'r');
          if (r) {
            let n = 0;
            for (let i = 0; i < r.length; i++) {
              const ch = r.charCodeAt(i);
              if (ch < 65 || ch > 90) break;
              n = n * 26 + (ch - 64);
            }
            col = n > 0 ? n - 1 : col + 1;
          } else col++;
          type = attrAt(xml, k, attrEnd, 't') ?? '';
          const st = attrAt(xml, k, attrEnd, 's');
          style = st ? Number(st) : 0;
          hasFormula = false;
          value = null;
          inline = null;
          if (selfClosing && row) setCell(row, col, type, style, false, null, null);
          break;
        }
        case F:
          hasFormula = true;
          break;
        case V:
        case T:
          if (!selfClosing) ((capture = el), (captureFrom = gt + 1));
          break;
        case RPH:
          inPhonetic = !selfClosing;
          break;
        default:
          break;
      }
    }
  }

  function setCell(row: SheetRow, c: number, t: string, s: number, formula: boolean, v: string | null, is: string | null): void {
    let text = '';
    let kind: CellKind = 'text';
    if (t === 'inlineStr') text = xmlText(is ?? '');
    else if (v === null) {
      if (!formula) return;
      kind = 'formula-without-value';
    } else if (t === 's') {
      const i = Number(v);
      if (!(i >= 0 && i < strings.length)) throw corrupt(file, `cell ${cellRef(c, row.line)} of "${sheet}" points at shared string ${v}, which does not exist`);
      text = strings[i]!;
    } else if (t === 'str') text = xmlText(v);
    else if (t === 'b') ((text = v.trim() === '1' ? 'TRUE' : 'FALSE'), (kind = 'bool'));
    else if (t === 'e') ((text = xmlText(v)), (kind = 'error'));
    else if (t === 'd') ((text = v.trim().replace(/T00:00(:00(\.0+)?)?Z?$/, '')), (kind = 'date'));
    else {
      const n = Number(v);
      if (!Number.isFinite(n)) throw corrupt(file, `cell ${cellRef(c, row.line)} of "${sheet}" holds "${v}" where a number belongs`);
      // Excel's dates run from day 0 to 2958465 (9999-12-31); a number beyond is shown as a number.
      if (dateStyles.has(s) && n >= 0 && n <= 2958465) {
        let d = dates.get(n);
        if (d === undefined) dates.set(n, (d = serialDate(n, date1904)));
        text = d;
        kind = 'date';
      }
      else ((text = String(Number(n.toPrecision(15)))), (kind = 'number'));
    }
    row.cells[c] = text;
    if (kind !== 'text') (row.kinds ??= [])[c] = kind;
  }

  // Merged ranges are listed after the cells: search only there.
  const end = xml.lastIndexOf('sheetData>');
  const merges = mergeList(end > 0 ? xml.slice(end) : xml);
  return shape(all, merges, ctx);
}

function mergeList(xml: string): Merge[] {
  const out: Merge[] = [];
  const re = /<(?:[\w.-]+:)?mergeCell\s[^>]*?ref\s*=\s*["']\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?["']/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const c1 = columnIndex(m[1]!);
    const r1 = Number(m[2]);
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    out.push({ c1: Math.min(c1, c2), r1: Math.min(r1, r2), c2: Math.max(c1, c2), r2: Math.max(r1, r2), ref: m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}` });
  }
  return out;
}

const filled = (row: SheetRow) => row.cells.some((c) => c !== undefined && c !== '') || (row.kinds?.some((k) => k === 'formula-without-value') ?? false);

/** Finds the header (skipping a title band of merged cells above it), fills merged data cells, pads rows. */
function shape(all: SheetRow[], merges: Merge[], ctx: SheetContext): SheetTable {
  const { file, sheet, sheets } = ctx;
  const rows = all.filter(filled);
  if (!rows.length) {
    const others = sheets.filter((s) => s !== sheet);
    throw new LadderError('xlsx-empty-sheet', `${file}: the sheet "${sheet}" is empty${others.length ? `; the workbook's other sheets are ${others.map((s) => `"${s}"`).join(', ')} (choose one with the sheet option)` : ''}`, {
      issues: [{ code: 'xlsx-empty-sheet', file, sheet, message: 'no cells with values' }],
    });
  }
  const notes: string[] = [];
  let h = 0;
  const wide = (line: number) => merges.filter((mg) => mg.r1 <= line && mg.r2 >= line && mg.c2 > mg.c1);
  let headerMerges = wide(rows[0]!.line);
  if (headerMerges.length && rows.length > 1) {
    // A band of merged group titles ("Person", "Job") above the real header row.
    const band = rows[0]!;
    const onlyBands = band.cells.every((c, i) => c === undefined || c === '' || headerMerges.some((mg) => mg.c1 === i && mg.r1 === band.line));
    const next = rows[1]!;
    const nextIsHeader = next.cells.filter((c) => c).length >= 2 && !(next.kinds ?? []).some((k) => k && k !== 'text') && !wide(next.line).length;
    if (onlyBands && nextIsHeader) {
      notes.push(`row ${band.line} holds merged group titles and was skipped; row ${next.line} is the header`);
      h = 1;
      headerMerges = [];
    }
  }
  const header = rows[h]!;
  if (headerMerges.length) {
    const refs = headerMerges.map((mg) => mg.ref);
    throw new LadderError('xlsx-merged-header', `${file}: the header row ${header.line} of "${sheet}" has merged cells (${refs.join(', ')}); give every column its own header cell (unmerge them) and try again`, {
      issues: headerMerges.map((mg) => ({ code: 'xlsx-merged-header', file, sheet, cell: mg.ref, line: header.line, message: 'merged header cells: each column needs its own name' })),
    });
  }
  const width = header.cells.length;
  const headers: string[] = [];
  for (let i = 0; i < width; i++) headers.push((header.cells[i] ?? '').trim());
  // A merged cell in the data shows its value across the range: every covered cell gets it.
  if (merges.length) {
    const byLine = new Map(all.map((r) => [r.line, r]));
    for (const mg of merges) {
      if (mg.r1 <= header.line) continue;
      const top = byLine.get(mg.r1);
      const v = top?.cells[mg.c1];
      if (v === undefined) continue;
      const kind = top!.kinds?.[mg.c1];
      for (let r = mg.r1; r <= mg.r2; r++) {
        let row = byLine.get(r);
        if (!row) {
          row = { line: r, cells: [] };
          byLine.set(r, row);
          all.push(row);
        }
        for (let c = mg.c1; c <= mg.c2; c++) {
          row.cells[c] = v;
          if (kind) (row.kinds ??= [])[c] = kind;
        }
      }
    }
    all.sort((a, b) => a.line - b.line);
  }
  const out: SheetRow[] = [];
  const beyond: number[] = [];
  for (const row of all) {
    if (row.line <= header.line || !filled(row)) continue;
    const cells = row.cells;
    if (cells.length > width) {
      if (cells.slice(width).some((c) => c)) beyond.push(row.line);
      cells.length = width;
    }
    // Cells left out of the file (empty ones) are holes: they become empty text, in place.
    for (let i = 0; i < width; i++) if (cells[i] === undefined) cells[i] = '';
    if (row.kinds && row.kinds.length > width) row.kinds.length = width;
    out.push(row);
  }
  if (beyond.length) notes.push(`row${beyond.length === 1 ? '' : 's'} ${beyond.slice(0, 10).join(', ')}${beyond.length > 10 ? ', …' : ''} ha${beyond.length === 1 ? 's' : 've'} cells right of the last header column; they are not read`);
  return { file, sheet, sheets, headers, headerLine: header.line, rows: out, notes };
}

function unsupported(file: string, what: string, code: string): LadderError {
  return new LadderError(`unsupported-${code}`, `${file} is ${what}, which is not read; open it and save it as .xlsx or CSV`, { issues: [{ code: `unsupported-${code}`, file, message: what }] });
}
