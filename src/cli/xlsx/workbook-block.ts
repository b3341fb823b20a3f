import type { Framework } from '../../core/framework/schema.js';
import { createNormalizer, type Normalizer } from '../../core/normalize/index.js';
import { isProductDepartment } from '../../core/org/context.js';
import { cellRef, describeKind, type CellKind } from '../../core/sheet.js';
import { resultCells, type Context } from '../commands/normalize-block.js';

/** What every block of one sheet is normalized with: the same in every thread. */
export interface SheetBlockSettings {
  /** The title column: its index and its name (for messages). */
  col: number;
  column: string;
  /** The context of every row, unless a column gives each row's department (contextCol ≥ 0). */
  context: Context;
  contextCol: number;
}

/** The cells of a row a block needs, four a row: the title, its kind ("" for text), the department, the row number. */
export const INPUT_CELLS = 4;
/** The result columns of a row, as normalize-block.ts writes them (the last is normalize_error). */
export const RESULT_CELLS = 10;

/**
 * Normalizes blocks of a sheet's rows, in any thread. A title cell that holds a date, a number,
 * a true/false value, a formula error or a formula without a saved result, or that is empty,
 * keeps its row with the problem in normalize_error. A row's context is the one given, or, with
 * a context column, "product" when its department is a product department. The result of a
 * block depends on its rows only, so the output is the same whichever thread read which block.
 */
export class SheetBlockNormalizer {
  private readonly normalizers = new Map<Context, Normalizer>();
  private readonly departments = new Map<string, Context>();

  constructor(
    private readonly fw: Framework,
    private readonly s: SheetBlockSettings,
  ) {}

  private normalizer(context: Context): Normalizer {
    let n = this.normalizers.get(context);
    if (n === undefined) this.normalizers.set(context, (n = createNormalizer(this.fw, { cache: 10_000, context })));
    return n;
  }

  private contextOf(department: string): Context {
    let ctx = this.departments.get(department);
    if (ctx === undefined) {
      ctx = isProductDepartment(department) ? 'product' : 'general';
      if (this.departments.size < 10_000) this.departments.set(department, ctx);
    }
    return ctx;
  }

  /** `input`: INPUT_CELLS strings a row; gives RESULT_CELLS strings a row, in the same order. */
  run(input: readonly string[]): string[] {
    const { col, column } = this.s;
    const out: string[] = [];
    for (let i = 0; i + INPUT_CELLS <= input.length; i += INPUT_CELLS) {
      const title = input[i]!;
      const kind = input[i + 1]! as CellKind | '';
      let error = '';
      if (kind && kind !== 'text') error = `the "${column}" cell ${cellRef(col, Number(input[i + 3]))} holds ${describeKind(kind, title)}, not a title`;
      else if (!title.trim()) error = `the "${column}" cell is empty`;
      const context = this.s.contextCol >= 0 ? this.contextOf(input[i + 2]!) : this.s.context;
      const cells = resultCells(error ? null : this.normalizer(context)(title), error);
      for (const c of cells) out.push(c);
    }
    return out;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Strings as bytes a worker can be sent (JSON: structured text in, structured text out),
 * written into `memory` when given and large enough (memory of an earlier result, used again).
 */
export function encodeCells(cells: readonly string[], memory?: ArrayBuffer): Uint8Array {
  const text = JSON.stringify(cells);
  if (memory && memory.byteLength >= text.length) {
    const { read, written } = encoder.encodeInto(text, new Uint8Array(memory));
    if (read === text.length) return new Uint8Array(memory, 0, written);
  }
  return encoder.encode(text);
}

export function decodeCells(bytes: Uint8Array): string[] {
  return JSON.parse(decoder.decode(bytes)) as string[];
}
