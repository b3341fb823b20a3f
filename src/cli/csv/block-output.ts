/**
 * The output of one block of rows, built in place: the block's bytes are first copied (once,
 * natively) to the far end of the output's memory, and each row is then moved down to where it
 * belongs with `copyWithin`, its result columns written after it. Moving a row is one native
 * call instead of a JavaScript loop over its bytes, which makes it the cheaper part of a row.
 *
 * Input byte x is at buf[base + x]. What is written never reaches input not yet read: before
 * each write, the write must end at or before the start of the next row's input; when it would
 * not (results much longer than rows), the memory grows and the unread input moves up.
 * The memory is its own (not a slice of Node's shared pool), so it can be moved to another
 * thread without a copy.
 */
export class BlockOutput {
  private buf: Uint8Array;
  private base: number;
  private head = 0;

  constructor(
    private readonly input: Uint8Array,
    /** Memory to build the output in, used when it is large enough (a result already written). */
    spare?: ArrayBuffer,
  ) {
    // Room between the output and the unread input at the start: as much as the input.
    const need = 2 * input.length + 1024;
    // A quarter more, so that this memory can be used again for the larger blocks to come.
    this.buf = spare !== undefined && spare.byteLength >= need ? new Uint8Array(spare) : new Uint8Array(new ArrayBuffer(need + (need >> 2)));
    this.base = this.buf.length - input.length;
    this.buf.set(input, this.base);
  }

  /** Copies the input's bytes [from, to): a row read from the block, written as it was. */
  row(from: number, to: number): void {
    // The output never passes the row being read, so the move may overlap only downwards.
    this.buf.copyWithin(this.head, this.base + from, this.base + to);
    this.head += to - from;
  }

  /**
   * Copies src[from, to) (result columns, a re-written row). `next`: where the next row to
   * read starts in the input, which must not be overwritten.
   */
  add(src: Uint8Array, from: number, to: number, next: number): void {
    const n = to - from;
    if (this.head + n > this.base + next) this.grow(n, next);
    const b = this.buf;
    let at = this.head;
    for (let i = from; i < to; i++) b[at++] = src[i]!;
    this.head = at;
  }

  /** Moves the input not read yet (from `next`) up, leaving room for n more bytes of output and then some. */
  private grow(n: number, next: number): void {
    const rest = this.input.length - next;
    const slack = n + Math.max(1024, this.head);
    const bigger = new Uint8Array(new ArrayBuffer(this.head + slack + rest));
    bigger.set(this.buf.subarray(0, this.head), 0);
    bigger.set(this.buf.subarray(this.base + next, this.base + next + rest), this.head + slack);
    this.buf = bigger;
    this.base = this.head + slack - next;
  }

  /** The bytes written. */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.head);
  }
}
