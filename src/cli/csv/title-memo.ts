import type { RowReader } from './row-reader.js';

/** Distinct titles whose result columns are remembered (the memo starts again when full). */
export const TITLE_MEMO = 1 << 15;
/** Bytes of titles, and of result columns, the memo holds at most (it starts again when full). */
const ARENA_LIMIT = 16 << 20;

/**
 * The result columns of each distinct title, as bytes ready to append to a row (delimiter,
 * columns, line break), found by the hashes of the title's raw bytes and checked byte by
 * byte. Bounded: when full it starts again.
 *
 * Titles and results are kept in two growing byte arenas with their offsets in typed arrays,
 * not as one small Buffer per title: a lookup then touches a few flat arrays, which is most of
 * the cost of a row in a file of repeated titles.
 */
export class TitleMemo {
  private readonly mask = TITLE_MEMO * 2 - 1;
  private readonly hash1 = new Int32Array(TITLE_MEMO * 2);
  private readonly hash2 = new Int32Array(TITLE_MEMO * 2);
  /** Where slot i's title is in `raws`; its length, or -1 for an empty slot. */
  private readonly rawAt = new Int32Array(TITLE_MEMO * 2);
  private readonly rawLength = new Int32Array(TITLE_MEMO * 2).fill(-1);
  private readonly quoted = new Uint8Array(TITLE_MEMO * 2);
  private readonly tailAt = new Int32Array(TITLE_MEMO * 2);
  private readonly tailLength = new Int32Array(TITLE_MEMO * 2);
  private raws: Buffer = Buffer.allocUnsafeSlow(1 << 16);
  private rawUsed = 0;
  /** The result columns of every title, one after the other. */
  tails: Buffer = Buffer.allocUnsafeSlow(1 << 17);
  private tailUsed = 0;
  private count = 0;

  /** The slot of the title in field `col` of the row just read, or -1. */
  find(r: RowReader, col: number): number {
    const f = r.fields;
    const s = r.bytes;
    const a = f.start[col]!;
    const n = f.end[col]! - a;
    const q = f.quoted[col]!;
    const h = r.hash;
    const h2 = r.hash2;
    const raws = this.raws;
    let i = h & this.mask;
    for (let len = this.rawLength[i]!; len !== -1; len = this.rawLength[i]!) {
      if (len === n && this.hash1[i] === h && this.hash2[i] === h2 && this.quoted[i] === q) {
        const at = this.rawAt[i]!;
        let k = 0;
        while (k < n && raws[at + k] === s[a + k]) k++;
        if (k === n) return i;
      }
      i = (i + 1) & this.mask;
    }
    return -1;
  }

  /** Where slot i's result columns are in `tails`: [tailStart(i), tailEnd(i)). */
  tailStart(i: number): number {
    return this.tailAt[i]!;
  }

  tailEnd(i: number): number {
    return this.tailAt[i]! + this.tailLength[i]!;
  }

  /** Remembers the result columns of the title in field `col` (not remembered yet); returns its slot. */
  add(r: RowReader, col: number, tail: Uint8Array): number {
    const f = r.fields;
    const a = f.start[col]!;
    const n = f.end[col]! - a;
    if (this.count >= TITLE_MEMO || this.rawUsed + n > ARENA_LIMIT || this.tailUsed + tail.length > ARENA_LIMIT) this.clear();
    let i = r.hash & this.mask;
    while (this.rawLength[i] !== -1) i = (i + 1) & this.mask;
    // Copies, so the memo does not keep the block the title was read from.
    this.raws = room(this.raws, this.rawUsed, n);
    r.bytes.copy(this.raws, this.rawUsed, a, a + n);
    this.tails = room(this.tails, this.tailUsed, tail.length);
    this.tails.set(tail, this.tailUsed);
    this.hash1[i] = r.hash;
    this.hash2[i] = r.hash2;
    this.quoted[i] = f.quoted[col]!;
    this.rawAt[i] = this.rawUsed;
    this.rawLength[i] = n;
    this.tailAt[i] = this.tailUsed;
    this.tailLength[i] = tail.length;
    this.rawUsed += n;
    this.tailUsed += tail.length;
    this.count++;
    return i;
  }

  /** The result columns of the title in field `col`, or undefined. */
  get(r: RowReader, col: number): Buffer | undefined {
    const i = this.find(r, col);
    return i === -1 ? undefined : this.tails.subarray(this.tailStart(i), this.tailEnd(i));
  }

  private clear(): void {
    this.rawLength.fill(-1);
    this.rawUsed = 0;
    this.tailUsed = 0;
    this.count = 0;
  }
}

/** `b`, or a larger copy of its first `used` bytes, with room for n more. */
function room(b: Buffer, used: number, n: number): Buffer {
  if (used + n <= b.length) return b;
  const next = Buffer.allocUnsafeSlow(Math.max(b.length * 2, used + n));
  b.copy(next, 0, 0, used);
  return next;
}
