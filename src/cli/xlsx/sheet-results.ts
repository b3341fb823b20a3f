import { isProductDepartment } from '../../core/org/context.js';
import { cellRef, describeKind, type SheetRow } from '../../core/sheet.js';
import { resultCells, type Context } from '../commands/normalize-block.js';
import { RESULT_CELLS } from './workbook-block.js';

/** What the rows of one sheet are normalized with. */
export interface SheetBlockSettings {
  /** The title column: its index and its name (for messages). */
  col: number;
  column: string;
  /** The context of every row, unless a column gives each row's department (contextCol ≥ 0). */
  context: Context;
  contextCol: number;
}

/** A block of rows on its way to the output: each row's result cells, once known. */
export interface ResultBlock {
  rows: SheetRow[];
  results: (readonly string[] | undefined)[];
  /** The titles still to read, as pairs of strings: a context and a title. */
  misses: string[];
  /** For each row, the index of its pair in `misses`, or -1. */
  missOf: Int32Array;
  ready: boolean;
}

/** Distinct titles remembered per context; the memo starts again when full. */
const MEMO = 50_000;

/**
 * The main thread's side of normalizing a sheet: what is wrong with a title cell, each row's
 * context, and a memo of the result cells of the titles already read, so that a title repeated
 * down a sheet is read once (in whichever thread) and only new titles go to the workers. A
 * title cell that holds a date, a number, a true/false value, a formula error or a formula
 * without a saved result, or that is empty, keeps its row with the problem in normalize_error.
 */
export class SheetResults {
  private readonly memos = new Map<Context, Map<string, readonly string[]>>();
  private readonly departments = new Map<string, Context>();

  constructor(private readonly s: SheetBlockSettings) {}

  private contextOf(row: SheetRow): Context {
    if (this.s.contextCol < 0) return this.s.context;
    const department = row.cells[this.s.contextCol] ?? '';
    let ctx = this.departments.get(department);
    if (ctx === undefined) {
      ctx = isProductDepartment(department) ? 'product' : 'general';
      if (this.departments.size < 10_000) this.departments.set(department, ctx);
    }
    return ctx;
  }

  private memo(context: Context): Map<string, readonly string[]> {
    let m = this.memos.get(context);
    if (m === undefined) this.memos.set(context, (m = new Map()));
    return m;
  }

  /** A block's rows with the results already known; the titles met for the first time are its misses. */
  prepare(rows: SheetRow[]): ResultBlock {
    const { col, column } = this.s;
    const block: ResultBlock = { rows, results: new Array(rows.length), misses: [], missOf: new Int32Array(rows.length).fill(-1), ready: true };
    const asked = new Map<string, number>();
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      const title = row.cells[col] ?? '';
      const kind = row.kinds?.[col];
      let error = '';
      if (kind && kind !== 'text') error = `the "${column}" cell ${cellRef(col, row.line)} holds ${describeKind(kind, title)}, not a title`;
      else if (!title.trim()) error = `the "${column}" cell is empty`;
      if (error) {
        block.results[k] = resultCells(null, error);
        continue;
      }
      const context = this.contextOf(row);
      const known = this.memo(context).get(title);
      if (known) {
        block.results[k] = known;
        continue;
      }
      const key = `${context}\n${title}`;
      let at = asked.get(key);
      if (at === undefined) {
        at = block.misses.length / 2;
        asked.set(key, at);
        block.misses.push(context, title);
      }
      block.missOf[k] = at;
    }
    block.ready = block.misses.length === 0;
    return block;
  }

  /** Gives a block the result cells of its misses (RESULT_CELLS a miss, in order) and remembers them. */
  fill(block: ResultBlock, cells: readonly string[]): void {
    const n = block.misses.length / 2;
    if (cells.length !== n * RESULT_CELLS) throw new Error(`${n} titles came back with ${cells.length / RESULT_CELLS} results`);
    const each: (readonly string[])[] = [];
    for (let j = 0; j < n; j++) {
      const result = cells.slice(j * RESULT_CELLS, (j + 1) * RESULT_CELLS);
      each.push(result);
      const memo = this.memo(block.misses[2 * j] as Context);
      if (memo.size >= MEMO) memo.clear();
      memo.set(block.misses[2 * j + 1]!, result);
    }
    for (let k = 0; k < block.rows.length; k++) if (block.missOf[k]! >= 0) block.results[k] = each[block.missOf[k]!];
    block.ready = true;
  }
}
