import type { RowReader } from './row-reader.js';

/** Distinct titles whose result columns are remembered (the memo starts again when full). */
export const TITLE_MEMO = 1 << 15;

/**
 * The result columns of each distinct title, as bytes ready to append to a row (delimiter,
 * columns, line break), found by the hashes of the title's raw bytes and checked byte by
 * byte. Bounded: when full it starts again.
 */
export class TitleMemo {
  private readonly mask = TITLE_MEMO * 2 - 1;
  private readonly hashes = new Int32Array(TITLE_MEMO * 4);
  private readonly quoted = new Uint8Array(TITLE_MEMO * 2);
  private readonly raws: (Buffer | undefined)[] = new Array<Buffer | undefined>(TITLE_MEMO * 2).fill(undefined);
  private readonly tails: (Buffer | undefined)[] = new Array<Buffer | undefined>(TITLE_MEMO * 2).fill(undefined);
  private count = 0;

  get(r: RowReader, col: number): Buffer | undefined {
    const q = r.fields.quoted[col]!;
    let i = r.hash & this.mask;
    for (let raw = this.raws[i]; raw !== undefined; raw = this.raws[i]) {
      if (this.hashes[i * 2] === r.hash && this.hashes[i * 2 + 1] === r.hash2 && this.quoted[i] === q && r.sameRaw(col, raw)) return this.tails[i];
      i = (i + 1) & this.mask;
    }
    return undefined;
  }

  set(r: RowReader, col: number, tail: Buffer): void {
    if (this.count >= TITLE_MEMO) {
      this.raws.fill(undefined);
      this.tails.fill(undefined);
      this.count = 0;
    }
    const f = r.fields;
    // A copy of the raw title, so the memo does not keep the block it was read from.
    const raw = Buffer.from(r.bytes.subarray(f.start[col]!, f.end[col]!));
    let i = r.hash & this.mask;
    while (this.raws[i] !== undefined) i = (i + 1) & this.mask;
    this.hashes[i * 2] = r.hash;
    this.hashes[i * 2 + 1] = r.hash2;
    this.quoted[i] = f.quoted[col]!;
    this.raws[i] = raw;
    this.tails[i] = tail;
    this.count++;
  }
}
