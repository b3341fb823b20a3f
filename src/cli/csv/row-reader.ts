import Papa from 'papaparse';
import { LadderError } from '../../core/errors.js';

/** Where the fields of the row just read are: value start and end, quoted or not. */
export interface Fields {
  n: number;
  start: Int32Array;
  end: Int32Array;
  quoted: Uint8Array;
}

const QUOTE = 34;

/** What readRow() found. */
export const ROW = 0;
export const MORE = 1;
export const MISSING_QUOTE = 2;
export const MISPLACED_QUOTE = 3;
/** No rows left in the block. */
export const END = 4;

/**
 * A CSV reader over a block of bytes: reads one row at `pos`, records where its fields are and
 * where it ends, and hashes the title field's bytes on the way. Quoting as papaparse reads it:
 * a field that starts with a quote runs to the quote that closes it (a doubled quote is a
 * quote; spaces may follow the closing quote); elsewhere a quote is an ordinary character.
 * Delimiters, quotes and line breaks are ASCII, so they never occur inside a UTF-8 character.
 */
export class RowReader {
  bytes: Buffer = Buffer.alloc(0);
  pos = 0;
  /** The row just read is bytes[rowStart, rowEnd); the next row starts at next. */
  rowStart = 0;
  rowEnd = 0;
  next = 0;
  /** Line breaks inside the row's quoted fields. */
  innerLines = 0;
  /** Hashes of the raw bytes of field `col`. */
  hash = 0;
  hash2 = 0;
  /** The title's field, hashed while it is read (-1: none yet). */
  col = -1;
  /** The line the row just read starts on, counted from its block's first line (0); the lines read so far. */
  line = 0;
  lines = 0;
  readonly fields: Fields = { n: 0, start: new Int32Array(64), end: new Int32Array(64), quoted: new Uint8Array(64) };
  private readonly d0: number;
  private readonly delimRest: Buffer;
  private readonly nl0: number;
  private readonly nl1: number;

  constructor(delimiter: string, newline: string) {
    const d = Buffer.from(delimiter, 'utf8');
    this.d0 = d[0]!;
    this.delimRest = d.subarray(1);
    this.nl0 = newline.charCodeAt(0);
    this.nl1 = newline.length > 1 ? newline.charCodeAt(1) : -1;
  }

  private field(start: number, end: number, quoted: number): void {
    const f = this.fields;
    if (f.n === f.start.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      f.start = grow(f.start, new Int32Array(f.n * 2));
      f.end = grow(f.end, new Int32Array(f.n * 2));
      f.quoted = grow(f.quoted, new Uint8Array(f.n * 2));
    }
    f.start[f.n] = start;
    f.end[f.n] = end;
    f.quoted[f.n] = quoted;
    f.n++;
  }

  /** Is the delimiter at p (its first byte is there)? 0: no; else its length; -1: cut off by the end of the block. */
  private delimAt(p: number, len: number): number {
    const rest = this.delimRest;
    if (rest.length === 0) return 1;
    if (p + rest.length >= len) return -1;
    for (let k = 0; k < rest.length; k++) if (this.bytes[p + 1 + k] !== rest[k]) return 0;
    return 1 + rest.length;
  }

  /** Starts reading a block of whole rows (as RowSplitter cuts them). */
  begin(bytes: Buffer): void {
    this.bytes = bytes;
    this.pos = 0;
    this.line = 0;
    this.lines = 0;
  }

  /**
   * Reads the next row of the block begun: ROW, END when there is none, or what is wrong with
   * its quoting (nothing after it is read). `line` is where the row starts.
   */
  nextRow(): number {
    if (this.pos >= this.bytes.length) return END;
    const status = this.readRow(true);
    this.line = this.lines;
    if (status !== ROW) return status;
    this.lines += 1 + this.innerLines;
    this.pos = this.next;
    return ROW;
  }

  /** Reads the row at pos. `last`: the bytes run to the end of the file. */
  readRow(last: boolean): number {
    const s = this.bytes;
    const len = s.length;
    const d0 = this.d0;
    const nl0 = this.nl0;
    const nl1 = this.nl1;
    let p = this.pos;
    this.rowStart = p;
    this.fields.n = 0;
    this.innerLines = 0;
    for (;;) {
      const fieldIndex = this.fields.n;
      if (p < len && s[p] === QUOTE) {
        // A quoted field: find the quote that closes it.
        let q = p + 1;
        let close: number;
        for (;;) {
          const at = s.indexOf(QUOTE, q);
          if (at === -1) return last ? MISSING_QUOTE : MORE;
          if (at + 1 >= len && !last) return MORE;
          if (at + 1 < len && s[at + 1] === QUOTE) {
            q = at + 2;
            continue;
          }
          close = at;
          break;
        }
        const inner = nl1 === -1 ? nl0 : 10;
        for (let k = s.indexOf(inner, p + 1); k !== -1 && k < close; k = s.indexOf(inner, k + 1)) this.innerLines++;
        this.field(p + 1, close, 1);
        if (fieldIndex === this.col) this.hashRaw(p + 1, close, 1);
        let a = close + 1;
        while (a < len && s[a] === 32) a++;
        if (a >= len) {
          if (!last) return MORE;
          this.rowEnd = a;
          this.next = a;
          return ROW;
        }
        const c = s[a]!;
        if (c === d0) {
          const dl = this.delimAt(a, len);
          if (dl === -1 && !last) return MORE;
          if (dl > 0) {
            p = a + dl;
            continue;
          }
        }
        if (c === nl0) {
          if (nl1 !== -1 && a + 1 >= len && !last) return MORE;
          if (nl1 === -1 || (a + 1 < len && s[a + 1] === nl1)) {
            this.rowEnd = a;
            this.next = a + (nl1 === -1 ? 1 : 2);
            return ROW;
          }
        }
        return MISPLACED_QUOTE;
      }
      // An unquoted field: runs to the delimiter or the line break.
      const start = p;
      const hashing = fieldIndex === this.col;
      let h = -2128831035;
      let h2 = 0x2545f491;
      for (;;) {
        // Most bytes are neither a delimiter nor a line break: skipped (and hashed) in a tight loop.
        if (hashing) {
          while (p < len) {
            const c = s[p]!;
            if (c === d0 || c === nl0) break;
            h = Math.imul(h ^ c, 16777619);
            h2 = Math.imul(h2 + c, -1640531535);
            p++;
          }
        } else while (p < len && s[p] !== d0 && s[p] !== nl0) p++;
        if (p >= len) {
          if (!last) return MORE;
          this.field(start, p, 0);
          if (hashing) this.setHash(h, h2, 0);
          this.rowEnd = p;
          this.next = p;
          return ROW;
        }
        const c = s[p]!;
        if (c === d0) {
          const dl = this.delimAt(p, len);
          if (dl === -1 && !last) return MORE;
          if (dl > 0) {
            this.field(start, p, 0);
            if (hashing) this.setHash(h, h2, 0);
            p += dl;
            break;
          }
        }
        if (c === nl0) {
          if (nl1 === -1 || (p + 1 < len && s[p + 1] === nl1)) {
            this.field(start, p, 0);
            if (hashing) this.setHash(h, h2, 0);
            this.rowEnd = p;
            this.next = p + (nl1 === -1 ? 1 : 2);
            return ROW;
          }
          if (p + 1 >= len && !last) return MORE;
        }
        if (hashing) {
          h = Math.imul(h ^ c, 16777619);
          h2 = Math.imul(h2 + c, -1640531535);
        }
        p++;
      }
    }
  }

  private setHash(h: number, h2: number, quoted: number): void {
    this.hash = h ^ quoted;
    this.hash2 = h2;
  }

  private hashRaw(start: number, end: number, quoted: number): void {
    let h = -2128831035;
    let h2 = 0x2545f491;
    const s = this.bytes;
    for (let i = start; i < end; i++) {
      const c = s[i]!;
      h = Math.imul(h ^ c, 16777619);
      h2 = Math.imul(h2 + c, -1640531535);
    }
    this.setHash(h, h2, quoted);
  }

  /** The text of bytes [from, to). */
  text(from: number, to: number): string {
    return this.bytes.toString('utf8', from, to);
  }

  /** The value of field i of the row just read (quotes undone). */
  value(i: number): string {
    const f = this.fields;
    const v = this.text(f.start[i]!, f.end[i]!);
    return f.quoted[i] === 1 && v.includes('"') ? v.replace(/""/g, '"') : v;
  }

  /** Are field i's raw bytes `raw`? */
  sameRaw(i: number, raw: Buffer): boolean {
    const f = this.fields;
    const a = f.start[i]!;
    if (f.end[i]! - a !== raw.length) return false;
    const s = this.bytes;
    for (let k = 0; k < raw.length; k++) if (s[a + k] !== raw[k]) return false;
    return true;
  }
}

/** Bytes gathered before the first rows are read: the delimiter and line break are guessed from them. */
export const FIRST_READ = 1 << 16;

/** The delimiter and the line break of a file, guessed from its first bytes as papaparse guesses them. */
export function guessDialect(first: Buffer, given: string | undefined): { delimiter: string; newline: string } {
  const guess = Papa.parse<string[]>(first.toString('utf8', 0, Math.min(first.length, FIRST_READ)), { delimiter: given ?? '', preview: 50, skipEmptyLines: false });
  return { delimiter: given ?? (guess.meta.delimiter || ','), newline: guess.meta.linebreak || '\n' };
}

export function malformed(file: string, line: number, status: number): LadderError {
  const message = status === MISSING_QUOTE ? 'a quoted field is never closed (a missing closing quote)' : 'a quote is misplaced in a field';
  return new LadderError('csv-malformed', `${file}:${line}: ${message}; fix the quoting and run again`, {
    issues: [{ code: 'csv-malformed', file, line, message: status === MISSING_QUOTE ? 'Quoted field unterminated' : 'Trailing quote on quoted field is malformed' }],
  });
}
