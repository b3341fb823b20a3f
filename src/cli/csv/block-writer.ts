import type { Writable } from 'node:stream';
import { LadderError } from '../../core/errors.js';

/**
 * Collects output bytes in blocks of `size` bytes and writes the full ones, waiting when the
 * stream is full. A written block is never reused: the stream may still hold it.
 */
export class BlockWriter {
  private block: Buffer;
  private at = 0;
  private full: Uint8Array[] = [];
  /** Called once the block of the same index in `full` is written (or undefined). */
  private written: ((() => void) | undefined)[] = [];
  constructor(
    private readonly out: Writable,
    private readonly size: number,
    /** Where the output goes, for error messages. */
    private readonly where: string,
  ) {
    this.block = Buffer.allocUnsafe(size);
  }

  /** Copies bytes src[from, to). */
  add(src: Uint8Array, from: number, to: number): void {
    let n = to - from;
    if (n <= 64 && this.at + n <= this.size) {
      const b = this.block;
      let at = this.at;
      for (let i = from; i < to; i++) b[at++] = src[i]!;
      this.at = at;
      return;
    }
    while (n > 0) {
      const room = this.size - this.at;
      const take = n < room ? n : room;
      this.block.set(src.subarray(from, from + take), this.at);
      this.at += take;
      from += take;
      n -= take;
      if (this.at === this.size) this.next();
    }
  }

  addText(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    this.add(bytes, 0, bytes.length);
  }

  /**
   * Writes a whole block as it is (no copy), after what was added before; `written` is called
   * once the stream is done with its memory (to use it again).
   */
  put(bytes: Uint8Array, written?: () => void): void {
    if (bytes.length === 0) {
      written?.();
      return;
    }
    if (this.at > 0) {
      this.full.push(this.block.subarray(0, this.at));
      this.written.push(undefined);
      this.block = Buffer.allocUnsafe(this.size);
      this.at = 0;
    }
    this.full.push(bytes);
    this.written.push(written);
  }

  private next(): void {
    this.full.push(this.block);
    this.written.push(undefined);
    this.block = Buffer.allocUnsafe(this.size);
    this.at = 0;
  }

  /** Writes the full blocks (and, at the end, the last one). */
  async flush(end = false): Promise<void> {
    if (end && this.at > 0) {
      this.full.push(this.block.subarray(0, this.at));
      this.written.push(undefined);
      this.block = Buffer.allocUnsafe(0);
      this.at = 0;
    }
    const blocks = this.full;
    const written = this.written;
    this.full = [];
    this.written = [];
    for (let i = 0; i < blocks.length; i++) {
      const done = written[i];
      if (!this.out.write(blocks[i]!, done && ((e) => e || done()))) await this.drained();
    }
  }

  /** Waits until the stream takes more, or fails with its error (a full disk, a closed pipe). */
  private drained(): Promise<void> {
    return new Promise<void>((resolveDrain, reject) => {
      const onDrain = () => {
        this.out.off('error', onError);
        resolveDrain();
      };
      const onError = (e: Error) => {
        this.out.off('drain', onDrain);
        const code = (e as NodeJS.ErrnoException).code ?? e.message;
        reject(new LadderError('file-not-writable', `Cannot write ${this.where}: ${code}`, { issues: [{ code: 'file-not-writable', file: this.where, message: code }] }));
      };
      this.out.once('drain', onDrain);
      this.out.once('error', onError);
    });
  }
}
