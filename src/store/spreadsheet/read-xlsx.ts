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
  // 25569 is 1970-01-01 in the 1900 system; Excel counts a 29 February 1900 that never was.
  const days = date1904 ? serial + 24107 : serial < 60 ? serial - 25568 : serial - 25569;
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

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(row|c|v|f|is|t|rPh|sheetData)(?=[\s/>])([^>]*?)(\/?)>/g;

interface Merge {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
  ref: string;
}

function sheetTable(xml: string, ctx: SheetContext): SheetTable {
  const { file, sheet, strings, dateStyles, date1904 } = ctx;
  // Dates repeat (hire dates, effective dates): each serial is turned into text once.
  const dates = new Map<number, string>();
  const start = xml.search(/<(?:[\w.-]+:)?sheetData[\s>]/);
  const all: SheetRow[] = [];
  if (start >= 0) {
    TAG.lastIndex = start;
    let row: SheetRow | null = null;
    let lastLine = 0;
    let col = -1;
    let type = '';
    let style = 0;
    let hasFormula = false;
    let value: string | null = null;
    let inline: string | null = null;
    let capture: 'v' | 't' | null = null;
    let captureFrom = 0;
    let inPhonetic = false;
    let m: RegExpExecArray | null;
    while ((m = TAG.exec(xml))) {
      const closing = m[1] === '/';
      const name = m[2]!;
      const selfClosing = m[4] === '/';
      if (name === 'sheetData') {
        if (closing || selfClosing) break;
        continue;
      }
      if (closing) {
        if (name === 'v' && capture === 'v') {
          value = xml.slice(captureFrom, m.index);
          capture = null;
        } else if (name === 't' && capture === 't') {
          if (!inPhonetic) inline = (inline ?? '') + xml.slice(captureFrom, m.index);
          capture = null;
        } else if (name === 'rPh') inPhonetic = false;
        else if (name === 'c' && row) {
          setCell(row, col, type, style, hasFormula, value, inline);
        } else if (name === 'row') row = null;
        continue;
      }
      const attrs = m[3]!;
      switch (name) {
        case 'row': {
          const r = attr(attrs, 'r');
          const line = r ? Number(r) : lastLine + 1;
          if (!Number.isInteger(line) || line < 1) throw corrupt(file, `the sheet "${sheet}" has a row numbered "${r}"`);
          lastLine = line;
          col = -1;
          row = selfClosing ? null : { line, cells: [] };
          if (row) all.push(row);
          break;
        }
        case 'c': {
          const r = attr(attrs, 'r');
          col = r ? columnIndex(/^[A-Z]+/.exec(r)?.[0] ?? 'A') : col + 1;
          type = attr(attrs, 't') ?? '';
          const s = attr(attrs, 's');
          style = s ? Number(s) : 0;
          hasFormula = false;
          value = null;
          inline = null;
          if (selfClosing && row) setCell(row, col, type, style, false, null, null);
          break;
        }
        case 'f':
          hasFormula = true;
          break;
        case 'v':
          if (!selfClosing) ((capture = 'v'), (captureFrom = m.index + m[0].length));
          break;
        case 't':
          if (!selfClosing) ((capture = 't'), (captureFrom = m.index + m[0].length));
          break;
        case 'rPh':
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
      if (dateStyles.has(s)) {
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
