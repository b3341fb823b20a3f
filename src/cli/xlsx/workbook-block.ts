import type { Framework } from '../../core/framework/schema.js';
import { createNormalizer, type Normalizer } from '../../core/normalize/index.js';
import { RESULT_COLUMNS, resultCells, type Context } from '../commands/normalize-block.js';

/** The result columns of a row, as normalize-block.ts writes them (the last is normalize_error). */
export const RESULT_CELLS = RESULT_COLUMNS.length;

/**
 * Reads titles in any thread: given pairs of strings (a context, "general" or "product", and a
 * title), gives RESULT_CELLS result cells a pair, in order. What a title gives depends on the
 * title and its context only, so the output is the same whichever thread read which block.
 */
export class TitleBlockNormalizer {
  private readonly normalizers = new Map<Context, Normalizer>();

  constructor(private readonly fw: Framework) {}

  run(pairs: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const context = pairs[i] === 'product' ? 'product' : 'general';
      let n = this.normalizers.get(context);
      // A small cache: the main thread's memo sends each title here about once.
      if (n === undefined) this.normalizers.set(context, (n = createNormalizer(this.fw, { cache: 1_000, context })));
      for (const c of resultCells(n(pairs[i + 1]!), '')) out.push(c);
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
