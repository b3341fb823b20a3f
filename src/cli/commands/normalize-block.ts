import { columnKey } from '../../core/column-name.js';
import { csvField } from '../../core/csv-writer.js';
import type { Framework } from '../../core/framework/schema.js';
import { createNormalizer, type Normalizer } from '../../core/normalize/index.js';
import type { NormalizedTitle } from '../../core/normalize/result.js';
import { isProductDepartment } from '../../core/org/context.js';
import { BlockOutput } from '../csv/block-output.js';
import { END, ROW, RowReader } from '../csv/row-reader.js';
import { TitleMemo, type MemoMemory } from '../csv/title-memo.js';

/** The columns added to a file, in order. */
export const RESULT_COLUMNS = ['family', 'role_id', 'canonical_title', 'level', 'track', 'confidence', 'adjacent', 'specialties', 'area', 'normalize_error'] as const;

export type Context = 'general' | 'product';

/** What every block of one file is read with: the same in every thread. */
export interface BlockSettings {
  /** Delimited rows (CSV, TSV) or JSON Lines. */
  format: 'csv' | 'jsonl';
  delimiter: string;
  newline: string;
  /** The title column: its index and its name (for messages), and the header's width. */
  col: number;
  column: string;
  width: number;
  /** The context of every row, or the index of the column that gives it per row (-1: none). */
  context: Context;
  contextCol: number;
  /** JSON Lines: the key that gives the context per line. */
  contextColumn?: string | undefined;
  /** The memory of the memo of each context, shared by the threads of one file (none: each has its own). */
  memos?: Partial<Record<Context, MemoMemory>>;
}

/** A bad row, with its line counted from the block's first line (0). */
export interface BadRow {
  line: number;
  message: string;
}

/** What came of one block: its output bytes, and counts. */
export interface BlockResult {
  out: Uint8Array;
  rows: number;
  /** The physical lines the block spans (to number the next block's lines). */
  lines: number;
  badCount: number;
  /** The first bad rows (up to 20). */
  bad: BadRow[];
  /** Where the block's quoting is broken (nothing after it was read). */
  malformed?: { status: number; line: number };
}

const MAX_BAD = 20;
const EMPTY = new Uint8Array(0);

/**
 * Normalizes blocks of whole rows of one file. Each thread has one: it keeps a normalizer per
 * context and a memo of result columns per context (one memo for all the file's threads when
 * the settings give its memory), so a title repeated across the file costs a hash and a copy.
 * The output of a block depends on its bytes only, so the file comes out the same whichever
 * thread read which block.
 *
 * A well-formed row is copied byte for byte with its result columns appended. Any other row is
 * re-written field by field, with the problem in the normalize_error column.
 */
export class BlockNormalizer {
  private readonly reader: RowReader;
  private readonly normalizers = new Map<Context, Normalizer>();
  private readonly memos = new Map<Context, TitleMemo>();
  private readonly departments = new Map<string, Context>();

  constructor(
    private readonly fw: Framework,
    private readonly s: BlockSettings,
  ) {
    this.reader = new RowReader(s.delimiter, s.newline);
    this.reader.col = s.col;
  }

  private normalizer(context: Context): Normalizer {
    let n = this.normalizers.get(context);
    if (n === undefined) {
      n = createNormalizer(this.fw, { context });
      this.normalizers.set(context, n);
    }
    return n;
  }

  private memo(context: Context): TitleMemo {
    let m = this.memos.get(context);
    if (m === undefined) {
      const shared = this.s.memos?.[context];
      m = shared === undefined ? new TitleMemo() : new TitleMemo(shared);
      this.memos.set(context, m);
    }
    return m;
  }

  /** When the shared memo of a context is full: this thread's own memo for the rest of the file. */
  private ownMemo(context: Context): TitleMemo {
    const m = new TitleMemo();
    this.memos.set(context, m);
    return m;
  }

  private contextOf(r: RowReader): Context {
    const c = this.s.contextCol;
    if (c >= r.fields.n) return 'general';
    const name = r.value(c);
    let ctx = this.departments.get(name);
    if (ctx === undefined) {
      ctx = isProductDepartment(name) ? 'product' : 'general';
      if (this.departments.size < 10_000) this.departments.set(name, ctx);
    }
    return ctx;
  }

  /** Normalizes one block of whole rows; its result is written in `spare` when that is large enough. */
  run(bytes: Buffer, spare?: ArrayBuffer): BlockResult {
    const { col, width } = this.s;
    const out = new BlockOutput(bytes, spare);
    const result: BlockResult = { out: EMPTY, rows: 0, lines: 0, badCount: 0, bad: [] };
    const perRow = this.s.contextCol >= 0;
    const fixed = this.s.context;
    let fixedMemo = this.memo(fixed);
    const r = this.reader;
    const f = r.fields;
    r.begin(bytes);
    let rows = 0;
    let status: number;
    // A loop here, not a callback per row: in a file whose titles repeat, a call per row would
    // be most of a row's cost.
    while ((status = r.nextRow()) === ROW) {
      rows++;
      const context = perRow ? this.contextOf(r) : fixed;
      // A well-formed row: copied as it was read, with the title's result columns.
      if (f.n === width && !startsFormula(bytes, f)) {
        const v0 = f.start[col]!;
        if (f.end[col]! > v0 && bytes[v0]! > 32) {
          let memo = perRow ? this.memo(context) : fixedMemo;
          let slot = memo.find(r, col);
          if (slot === -1) {
            const tail = this.tail(r, context);
            slot = memo.add(r, col, tail);
            if (slot === -1 && memo.shared) {
              memo = this.ownMemo(context);
              if (!perRow) fixedMemo = memo;
              slot = memo.add(r, col, tail);
            }
            if (slot === -1) {
              // A title too long for any memo (megabytes in one cell): its result is written as it is.
              out.row(r.rowStart, r.rowEnd);
              out.add(tail, 0, tail.length, r.next);
              continue;
            }
          }
          out.row(r.rowStart, r.rowEnd);
          out.add(memo.tails, memo.tailStart(slot), memo.tailEnd(slot), r.next);
          continue;
        }
      }
      const text = Buffer.from(this.rewrite(r, r.line, context, result), 'utf8');
      out.add(text, 0, text.length, r.next);
    }
    result.rows = rows;
    if (status === END) result.lines = r.lines;
    else result.malformed = { status, line: r.line };
    result.out = out.bytes();
    return result;
  }

  /** The bytes appended to a well-formed row: its title's result columns and the line break. */
  private tail(r: RowReader, context: Context): Buffer {
    const { delimiter, newline, col } = this.s;
    return Buffer.from(`${delimiter}${resultText(this.normalizer(context)(r.value(col)), '', delimiter)}${newline}`, 'utf8');
  }

  /** Any other row: re-written field by field, the problem in normalize_error. */
  private rewrite(r: RowReader, line: number, context: Context, result: BlockResult): string {
    const { delimiter, newline, col, width, column } = this.s;
    const f = r.fields;
    const fields: string[] = [];
    for (let i = 0; i < f.n; i++) fields.push(r.value(i));
    let error = '';
    if (fields.length !== width) error = `${fields.length} fields where the header has ${width}${fields.length > width ? ' (the extra ones are kept at the end of the row)' : ''}`;
    let title: string | null = null;
    if (col < fields.length) {
      title = fields[col]!;
      if (!error && (title.length === 0 || (title.charCodeAt(0) <= 32 && title.trim() === ''))) error = `the "${column}" cell is empty`;
    } else if (!error) error = `no "${column}" cell in this row`;
    if (error) {
      result.badCount++;
      if (result.bad.length < MAX_BAD) result.bad.push({ line, message: error });
    }
    // Result columns stay aligned under their header: a short row is padded, and the extra
    // cells of a long row are kept after the result columns (never dropped).
    let row = '';
    for (let c = 0; c < width; c++) row += c < fields.length ? `${cell(fields[c]!, delimiter)}${delimiter}` : delimiter;
    row += resultText(title === null ? null : this.normalizer(context)(title), error, delimiter);
    for (let c = width; c < fields.length; c++) row += `${delimiter}${cell(fields[c]!, delimiter)}`;
    return row + newline;
  }
}

/** The names of the result columns added to a file, each renamed when the file already has a column of that name. */
export function resultHeaders(header: readonly string[]): string[] {
  const taken = new Set(header.map(columnKey));
  return RESULT_COLUMNS.map((c) => (taken.has(columnKey(c)) ? `normalized_${c}` : c));
}

/** The header row's result columns, as delimited text. */
export function headerTail(header: readonly string[], delimiter: string, newline: string): string {
  return `${delimiter}${resultHeaders(header).map((v) => cell(v, delimiter)).join(delimiter)}${newline}`;
}

/** The result columns of one row, as delimited text. */
function resultText(r: NormalizedTitle | null, error: string, delimiter: string): string {
  const cells = resultCells(r, error);
  let text = cell(cells[0]!, delimiter);
  for (let c = 1; c < cells.length; c++) text += `${delimiter}${cell(cells[c]!, delimiter)}`;
  return text;
}

export function resultCells(r: NormalizedTitle | null, error: string): string[] {
  if (r === null) return ['', '', '', '', '', '', '', '', '', error];
  return [
    r.family ?? '',
    r.roleId ?? '',
    r.canonicalTitle ?? '',
    r.level === null ? '' : String(r.level),
    r.track ?? '',
    r.confidence.toFixed(2),
    r.adjacent ?? '',
    r.specialties.join('|'),
    r.area ?? '',
    error,
  ];
}

/**
 * Every cell this command writes itself (result columns, re-written rows) goes through the one
 * CSV writer: quoted when it must be, a formula neutralised.
 */
const cell = csvField;

/** Does a field of the row start like a formula? Such a row is re-written, not copied byte for byte. */
export function startsFormula(bytes: Uint8Array, f: { n: number; start: Int32Array; end: Int32Array }): boolean {
  for (let i = 0; i < f.n; i++) {
    if (f.end[i]! <= f.start[i]!) continue;
    const b = bytes[f.start[i]!]!;
    if (b === 61 || b === 43 || b === 45 || b === 64 || b === 9 || b === 13) return true;
  }
  return false;
}
