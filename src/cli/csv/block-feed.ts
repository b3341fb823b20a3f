import { FIRST_READ, guessDialect } from './row-reader.js';
import { RowSplitter } from './row-splitter.js';

/**
 * The front of the bulk reader: takes a delimited file's bytes as they are read and gives them
 * out in blocks of whole rows, which can be read anywhere (another thread) and written back in
 * order. Drops a byte-order mark at the start, and guesses the delimiter and line break from
 * the first bytes (FIRST_READ, or the whole file when shorter).
 */
export class BlockFeed {
  delimiter = ',';
  newline = '\n';
  private splitter: RowSplitter | null = null;
  private first: Buffer[] = [];
  private firstLength = 0;

  constructor(
    private readonly given: string | undefined,
    /** Blocks hold at least this many bytes (but for the last one). */
    private target: number,
  ) {}

  /** The size of the blocks to come: small first blocks spread a file's first rows over threads sooner. */
  setTarget(n: number): void {
    this.target = n;
    if (this.splitter !== null) this.splitter.target = n;
  }

  /** Bytes taken in and not given out yet. */
  get pending(): number {
    return this.splitter === null ? this.firstLength : this.splitter.pending;
  }

  /** Takes the next bytes read; returns a block of whole rows when one is ready. */
  push(bytes: Buffer): Buffer | null {
    if (this.splitter !== null) return this.splitter.push(bytes);
    this.first.push(bytes);
    this.firstLength += bytes.length;
    if (this.firstLength < FIRST_READ + 3) return null;
    return this.start().push(this.takeFirst());
  }

  /** The next block from the bytes already taken (one read may hold several blocks), or null. */
  next(): Buffer | null {
    return this.splitter === null ? null : this.splitter.next();
  }

  /** The end of the file: the last block, or null. */
  end(): Buffer | null {
    if (this.splitter === null) {
      const rest = this.takeFirst();
      if (rest.length === 0) return null;
      this.start(rest);
      return rest;
    }
    return this.splitter.end();
  }

  private takeFirst(): Buffer {
    let b = Buffer.concat(this.first);
    this.first = [];
    this.firstLength = 0;
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    return b;
  }

  private start(sample?: Buffer): RowSplitter {
    const bytes = sample ?? Buffer.concat(this.first);
    const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    const d = guessDialect(body, this.given);
    this.delimiter = d.delimiter;
    this.newline = d.newline;
    this.splitter = new RowSplitter(this.delimiter, this.newline, this.target);
    return this.splitter;
  }
}

/**
 * The front of the reader for JSON Lines: blocks of whole lines (a line break never occurs
 * inside a JSON value), a byte-order mark at the start dropped.
 */
export class LineFeed {
  private buf: Buffer = Buffer.alloc(0);
  private started = false;

  constructor(private target: number) {}

  get pending(): number {
    return this.buf.length;
  }

  setTarget(n: number): void {
    this.target = n;
  }

  push(bytes: Buffer): Buffer | null {
    let b = this.buf.length === 0 ? bytes : Buffer.concat([this.buf, bytes]);
    if (!this.started && b.length >= 3) {
      this.started = true;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    }
    this.buf = b;
    return this.next();
  }

  /** The next block of whole lines from the bytes already taken, or null. */
  next(): Buffer | null {
    const b = this.buf;
    if (b.length < this.target) return null;
    // The first line end at or past the target: a read may hold several blocks.
    const cut = b.indexOf(10, Math.max(0, this.target - 1));
    if (cut === -1) return null;
    this.buf = b.subarray(cut + 1);
    return b.subarray(0, cut + 1);
  }

  end(): Buffer | null {
    let rest = this.buf;
    this.buf = Buffer.alloc(0);
    if (!this.started && rest.length >= 3 && rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf) rest = rest.subarray(3);
    return rest.length > 0 ? rest : null;
  }
}
