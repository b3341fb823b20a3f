import type { RowReader } from './row-reader.js';

/** Distinct titles whose result columns are remembered (a private memo starts again when full). */
export const TITLE_MEMO = 1 << 15;
const SLOTS = TITLE_MEMO * 2;
/** Bytes of titles, and of result columns, a memo holds at most. */
const RAW_BYTES = 4 << 20;
const TAIL_BYTES = 8 << 20;

// A slot: its state, the title's two hashes, where its bytes are (and whether it was quoted),
// and where its result columns are.
const STRIDE = 8;
const STATE = 0;
const HASH1 = 1;
const HASH2 = 2;
const RAW_AT = 3;
const RAW_LENGTH = 4;
const QUOTED = 5;
const TAIL_AT = 6;
const TAIL_LENGTH = 7;
const EMPTY = 0;
const CLAIMED = 1;
const READY = 2;
// The control words: bytes used in each arena, titles held.
const RAW_USED = 0;
const TAIL_USED = 1;
const COUNT = 2;

/** The memory of a memo: shared by worker threads (SharedArrayBuffer) or one thread's own. */
export interface MemoMemory {
  control: ArrayBufferLike;
  slots: ArrayBufferLike;
  raws: ArrayBufferLike;
  tails: ArrayBufferLike;
}

export function memoMemory(shared: boolean): MemoMemory {
  const make = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  return { control: make(16), slots: make(SLOTS * STRIDE * 4), raws: make(RAW_BYTES), tails: make(TAIL_BYTES) };
}

/**
 * The result columns of each distinct title, as bytes ready to append to a row (delimiter,
 * columns, line break), found by the hashes of the title's raw bytes and checked byte by
 * byte. Titles and results are kept in flat byte arenas with their offsets in one typed array,
 * not as one small Buffer per title: a lookup is most of the cost of a row in a file of
 * repeated titles.
 *
 * The same memory can be shared by the worker threads of one file, so that a title is read
 * once for the whole file rather than once per thread. A slot is claimed with
 * compare-and-swap, filled, then published; readers only trust published slots. A shared memo
 * never starts again (another thread may be reading it): when full it takes no more titles,
 * and `add` says so. A thread's own memo starts again when full.
 */
export class TitleMemo {
  private readonly control: Int32Array;
  private readonly slots: Int32Array;
  private readonly raws: Uint8Array;
  /** The result columns of every title, one after the other. */
  readonly tails: Uint8Array;
  /** Shared by the threads of one file (it then never starts again). */
  readonly shared: boolean;
  private full = false;

  constructor(memory: MemoMemory = memoMemory(false)) {
    this.control = new Int32Array(memory.control);
    this.slots = new Int32Array(memory.slots);
    this.raws = new Uint8Array(memory.raws);
    this.tails = new Uint8Array(memory.tails);
    this.shared = typeof SharedArrayBuffer !== 'undefined' && memory.slots instanceof SharedArrayBuffer;
  }

  /** The slot of the title in field `col` of the row just read, or -1. */
  find(r: RowReader, col: number): number {
    const f = r.fields;
    const s = r.bytes;
    const a = f.start[col]!;
    const n = f.end[col]! - a;
    const q = f.quoted[col]!;
    const h = r.hash;
    const h2 = r.hash2;
    const slots = this.slots;
    const raws = this.raws;
    for (let i = h & (SLOTS - 1); ; i = (i + 1) & (SLOTS - 1)) {
      const at = i * STRIDE;
      const state = Atomics.load(slots, at + STATE);
      if (state === EMPTY) return -1;
      if (state !== READY || slots[at + HASH1] !== h || slots[at + HASH2] !== h2 || slots[at + RAW_LENGTH] !== n || slots[at + QUOTED] !== q) continue;
      const from = slots[at + RAW_AT]!;
      let k = 0;
      while (k < n && raws[from + k] === s[a + k]) k++;
      if (k === n) return i;
    }
  }

  /** Where slot i's result columns are in `tails`: [tailStart(i), tailEnd(i)). */
  tailStart(i: number): number {
    return this.slots[i * STRIDE + TAIL_AT]!;
  }

  tailEnd(i: number): number {
    return this.slots[i * STRIDE + TAIL_AT]! + this.slots[i * STRIDE + TAIL_LENGTH]!;
  }

  /**
   * Remembers the result columns of the title in field `col` (not found just before) and
   * returns its slot; -1 when a shared memo is full, or the title or its result is longer than
   * a memo holds.
   */
  add(r: RowReader, col: number, tail: Uint8Array): number {
    const f = r.fields;
    const a = f.start[col]!;
    const n = f.end[col]! - a;
    if (n > RAW_BYTES || tail.length > TAIL_BYTES) return -1;
    let at = this.reserve(n, tail.length);
    if (at === null) {
      if (this.shared) return -1;
      this.clear();
      at = this.reserve(n, tail.length)!;
    }
    // Copies, so the memo does not keep the block the title was read from.
    this.raws.set(r.bytes.subarray(a, a + n), at.raw);
    this.tails.set(tail, at.tail);
    const slots = this.slots;
    for (let i = r.hash & (SLOTS - 1); ; i = (i + 1) & (SLOTS - 1)) {
      const s = i * STRIDE;
      if (Atomics.compareExchange(slots, s + STATE, EMPTY, CLAIMED) !== EMPTY) continue;
      slots[s + HASH1] = r.hash;
      slots[s + HASH2] = r.hash2;
      slots[s + RAW_AT] = at.raw;
      slots[s + RAW_LENGTH] = n;
      slots[s + QUOTED] = f.quoted[col]!;
      slots[s + TAIL_AT] = at.tail;
      slots[s + TAIL_LENGTH] = tail.length;
      // Published last: a reader that sees READY sees the rest.
      Atomics.store(slots, s + STATE, READY);
      return i;
    }
  }

  /** The result columns of the title in field `col`, or undefined. */
  get(r: RowReader, col: number): Uint8Array | undefined {
    const i = this.find(r, col);
    return i === -1 ? undefined : this.tails.subarray(this.tailStart(i), this.tailEnd(i));
  }

  /** Room for a title of n bytes and its result columns, or null when the memo is full. */
  private reserve(n: number, t: number): { raw: number; tail: number } | null {
    if (this.full) return null;
    const c = this.control;
    // At most half the slots are ever used, so that a search always meets an empty one.
    const count = Atomics.add(c, COUNT, 1);
    const raw = Atomics.add(c, RAW_USED, n);
    const tail = Atomics.add(c, TAIL_USED, t);
    if (count < TITLE_MEMO && raw + n <= RAW_BYTES && tail + t <= TAIL_BYTES) return { raw, tail };
    this.full = true;
    return null;
  }

  private clear(): void {
    this.slots.fill(0);
    this.control.fill(0);
    this.full = false;
  }
}
