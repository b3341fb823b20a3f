import { cellRef, type CellKind, type SheetRow } from '../../core/sheet.js';
import type { SharedStrings } from './shared-strings.js';
import { attr, xmlText } from './xml.js';
import { corrupt } from './zip.js';

/** What the cells of one sheet are read with. */
export interface CellRules {
  file: string;
  sheet: string;
  strings: SharedStrings;
  /** Indexes of the cell styles whose number format is a date. */
  dateStyles: Set<number>;
  date1904: boolean;
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

const ATTR_PATTERNS: Record<string, string> = { r: ' r="', t: ' t="', s: ' s="' };

/**
 * The value of attribute `name` in xml[from, to): the common ` name="…"` form is found without
 * copying the element; other spellings (single quotes, line breaks between attributes) go through attr().
 */
function attrAt(xml: string, from: number, to: number, name: string): string | undefined {
  // Looked for from space to space inside the tag only: a cell without the attribute costs
  // no search through the cells after it.
  const pattern = ATTR_PATTERNS[name] ?? ` ${name}="`;
  let at = -1;
  for (let i = xml.indexOf(' ', from); i >= 0 && i < to; i = xml.indexOf(' ', i + 1)) {
    if (xml.startsWith(pattern, i)) {
      at = i;
      break;
    }
  }
  if (at >= 0) {
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

const SHEET_DATA_OPEN = /<(?:[\w.-]+:)?sheetData[\s>]/;
const SHEET_DATA_CLOSE = /<\/(?:[\w.-]+:)?sheetData>/;

/** Where the last `</row>` (any prefix) in s[from…] ends, or -1. Text never holds a "<", so this is a tag. */
function lastRowEnd(s: string, from: number): number {
  for (let i = s.length; ; ) {
    i = s.lastIndexOf('row>', i - 1);
    if (i < from || i < 2) return -1;
    let j = i - 1;
    if (s.charCodeAt(j) === 58) {
      while (j > 0 && /[\w.-]/.test(s[j - 1]!)) j--;
      j--;
    }
    if (s.charCodeAt(j) === 47 && s.charCodeAt(j - 1) === 60) return i + 4;
  }
}

/** The most XML one row may take while the sheet is read as a stream. */
export const MAX_ROW_XML = 64 << 20;

/**
 * Reads the rows of a sheet's XML given in pieces, in one pass over the tags with indexOf (no
 * copies of tags or attributes but the values read). Each row is handed on as it is read, with
 * the spreadsheet's row number and its cells as text: formulas give their saved results and are
 * never evaluated, dates become ISO dates (2026-03-31). A piece is read up to its last whole
 * row; the rest waits for the next piece, so memory is one piece and one row, whatever the sheet.
 */
export class SheetRowParser {
  /** The XML after the last whole row, in the pieces it came in (joined once a row ends in them). */
  private carry: string[] = [];
  private carryLength = 0;
  /** 0: before <sheetData>, 1: in it, 2: after it. */
  private phase = 0;
  private row: SheetRow | null = null;
  private lastLine = 0;
  private col = -1;
  private type = '';
  private style = 0;
  private hasFormula = false;
  private value: string | null = null;
  private inline: string | null = null;
  private capture = 0;
  private captureFrom = 0;
  private inPhonetic = false;
  private readonly dates = new Map<number, string>();

  constructor(
    private readonly rules: CellRules,
    private readonly emit: (row: SheetRow) => void,
  ) {}

  push(xml: string): void {
    if (this.phase === 2) return;
    if (this.phase === 1 && this.carryLength > 0) {
      // A piece that ends neither a row nor the sheet data is only kept: a long row is searched
      // once, piece by piece, not joined and searched again with every piece.
      const edge = this.carry[this.carry.length - 1]!.slice(-16) + xml;
      if (lastRowEnd(edge, 0) < 0 && edge.indexOf('sheetData>') < 0) {
        this.keep(xml);
        return;
      }
    }
    let buf = this.carry.length === 0 ? xml : this.carry.join('') + xml;
    this.carry = [];
    this.carryLength = 0;
    if (this.phase === 0) {
      const open = SHEET_DATA_OPEN.exec(buf);
      if (!open) {
        const lt = buf.lastIndexOf('<');
        if (lt >= 0) this.keep(buf.slice(lt));
        return;
      }
      buf = buf.slice(open.index);
      this.phase = 1;
    }
    const closed = buf.indexOf('sheetData>') >= 0 && SHEET_DATA_CLOSE.test(buf);
    const limit = closed ? buf.length : lastRowEnd(buf, 0);
    if (limit < 0) {
      this.keep(buf);
      return;
    }
    this.scan(buf, limit);
    if (this.phase === 1) {
      // What is being captured (a value cut by malformed XML) is kept relative to the carry.
      if (this.capture && this.captureFrom >= limit) this.captureFrom -= limit;
      else this.capture = 0;
      if (limit < buf.length) this.keep(buf.slice(limit));
    }
  }

  /** Keeps XML for the next piece; a row that does not end within MAX_ROW_XML is not a roster's. */
  private keep(xml: string): void {
    this.carry.push(xml);
    this.carryLength += xml.length;
    if (this.carryLength > MAX_ROW_XML) {
      throw corrupt(this.rules.file, `a row of the sheet "${this.rules.sheet}" runs past ${MAX_ROW_XML / (1 << 20)} MB of XML without ending`);
    }
  }

  /** The end of the XML: reads what is left and hands on the last row. */
  end(): void {
    if (this.phase === 1 && this.carryLength > 0) {
      const buf = this.carry.join('');
      this.carry = [];
      this.carryLength = 0;
      this.scan(buf, buf.length);
    }
    this.flushRow();
    this.phase = 2;
  }

  private flushRow(): void {
    if (this.row) this.emit(this.row);
    this.row = null;
  }

  private scan(xml: string, limit: number): void {
    const { file, sheet } = this.rules;
    let pos = 0;
    for (;;) {
      const lt = xml.indexOf('<', pos);
      if (lt < 0 || lt >= limit) break;
      const gt = xml.indexOf('>', lt + 1);
      if (gt < 0 || gt >= limit) break;
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
        if (closing || selfClosing) {
          this.flushRow();
          this.phase = 2;
          return;
        }
        continue;
      }
      if (closing) {
        if (el === V && this.capture === V) {
          this.value = xml.slice(this.captureFrom, lt);
          this.capture = 0;
        } else if (el === T && this.capture === T) {
          if (!this.inPhonetic) this.inline = (this.inline ?? '') + xml.slice(this.captureFrom, lt);
          this.capture = 0;
        } else if (el === RPH) this.inPhonetic = false;
        else if (el === C && this.row) this.setCell(this.row, this.col, this.type, this.style, this.hasFormula, this.value, this.inline);
        else if (el === ROW) this.flushRow();
        continue;
      }
      const attrEnd = selfClosing ? gt - 1 : gt;
      switch (el) {
        case ROW: {
          this.flushRow();
          const r = attrAt(xml, k, attrEnd, 'r');
          const line = r ? Number(r) : this.lastLine + 1;
          if (!Number.isInteger(line) || line < 1) throw corrupt(file, `the sheet "${sheet}" has a row numbered "${r}"`);
          this.lastLine = line;
          this.col = -1;
          this.row = selfClosing ? null : { line, cells: [] };
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
            this.col = n > 0 ? n - 1 : this.col + 1;
          } else this.col++;
          this.type = attrAt(xml, k, attrEnd, 't') ?? '';
          const st = attrAt(xml, k, attrEnd, 's');
          this.style = st ? Number(st) : 0;
          this.hasFormula = false;
          this.value = null;
          this.inline = null;
          if (selfClosing && this.row) this.setCell(this.row, this.col, this.type, this.style, false, null, null);
          break;
        }
        case F:
          this.hasFormula = true;
          break;
        case V:
        case T:
          if (!selfClosing) ((this.capture = el), (this.captureFrom = gt + 1));
          break;
        case RPH:
          this.inPhonetic = !selfClosing;
          break;
        default:
          break;
      }
    }
  }

  /** One cell's text and kind, by the cell rules: the one place they are written down. */
  private setCell(row: SheetRow, c: number, t: string, s: number, formula: boolean, v: string | null, is: string | null): void {
    const { file, sheet, strings, dateStyles, date1904 } = this.rules;
    let text = '';
    let kind: CellKind = 'text';
    if (t === 'inlineStr') text = xmlText(is ?? '');
    else if (v === null) {
      if (!formula) return;
      kind = 'formula-without-value';
    } else if (t === 's') {
      const i = Number(v);
      if (!(i >= 0 && i < strings.count && Number.isInteger(i))) throw corrupt(file, `cell ${cellRef(c, row.line)} of "${sheet}" points at shared string ${v}, which does not exist`);
      text = strings.get(i);
    } else if (t === 'str') text = xmlText(v);
    else if (t === 'b') ((text = v.trim() === '1' ? 'TRUE' : 'FALSE'), (kind = 'bool'));
    else if (t === 'e') ((text = xmlText(v)), (kind = 'error'));
    else if (t === 'd') ((text = v.trim().replace(/T00:00(:00(\.0+)?)?Z?$/, '')), (kind = 'date'));
    else {
      const n = Number(v);
      if (!Number.isFinite(n)) throw corrupt(file, `cell ${cellRef(c, row.line)} of "${sheet}" holds "${v}" where a number belongs`);
      // Excel's dates run from day 0 to 2958465 (9999-12-31); a number beyond is shown as a number.
      if (dateStyles.has(s) && n >= 0 && n <= 2958465) {
        let d = this.dates.get(n);
        if (d === undefined) {
          d = serialDate(n, date1904);
          if (this.dates.size < 100_000) this.dates.set(n, d);
        }
        text = d;
        kind = 'date';
      } else ((text = String(Number(n.toPrecision(15)))), (kind = 'number'));
    }
    row.cells[c] = text;
    if (kind !== 'text') (row.kinds ??= [])[c] = kind;
  }
}
