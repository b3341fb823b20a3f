/**
 * A growing buffer of output bytes for one block. It owns its memory (not a slice of Node's
 * shared pool), so the block's bytes can be handed to another thread without a copy.
 */
export class ByteSink {
  private buf: Buffer;
  private at = 0;

  constructor(capacity: number) {
    this.buf = Buffer.allocUnsafeSlow(Math.max(64, capacity));
  }

  /** Copies bytes src[from, to). */
  add(src: Uint8Array, from: number, to: number): void {
    const n = to - from;
    if (this.at + n > this.buf.length) this.grow(n);
    const b = this.buf;
    if (n <= 64) {
      let at = this.at;
      for (let i = from; i < to; i++) b[at++] = src[i]!;
      this.at = at;
      return;
    }
    b.set(src.subarray(from, to), this.at);
    this.at += n;
  }

  addText(text: string): void {
    const need = Buffer.byteLength(text, 'utf8');
    if (this.at + need > this.buf.length) this.grow(need);
    this.at += this.buf.write(text, this.at, 'utf8');
  }

  private grow(n: number): void {
    const next = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }

  /** The bytes written so far. */
  bytes(): Buffer {
    return this.buf.subarray(0, this.at);
  }
}
