const QUOTE = 34;

/**
 * Cuts a CSV byte stream into blocks of whole rows, so that each block can be read on its own
 * (by another thread). It follows quoting as RowReader reads it: a quote opens a quoted field
 * only at the start of a field, a doubled quote inside is a quote, and a line break inside
 * quotes is part of the field. It only looks at quotes and line breaks (found with indexOf),
 * so it is much cheaper than reading the rows.
 *
 * When the quoting is broken, the block with the broken row is cut where the quoting puts it;
 * the reader of that block then finds the problem and reports it, as it would in one thread.
 */
export class RowSplitter {
  private buf: Buffer = Buffer.alloc(0);
  /** Where scanning resumes in buf, and whether it is inside a quoted field there. */
  private pos = 0;
  private inQuote = false;
  /** The end of the last whole row seen in buf (0: none yet). */
  private cut = 0;
  private readonly nl: Buffer;
  private readonly delim: Buffer;

  constructor(
    delimiter: string,
    newline: string,
    /** Blocks are cut at the first row end at or past this many bytes (it may change between blocks). */
    public target: number,
  ) {
    this.nl = Buffer.from(newline, 'utf8');
    this.delim = Buffer.from(delimiter, 'utf8');
  }

  /** Bytes held, not yet given out in a block. */
  get pending(): number {
    return this.buf.length;
  }

  /** Takes bytes read; returns a block of whole rows once there are `target` bytes of them. */
  push(bytes: Buffer): Buffer | null {
    this.buf = this.buf.length === 0 ? bytes : Buffer.concat([this.buf, bytes]);
    return this.next();
  }

  /** The next block from the bytes already taken (a read may hold several), or null. */
  next(): Buffer | null {
    this.scan();
    if (this.cut < this.target) return null;
    const end = this.cut;
    const block = this.buf.subarray(0, end);
    this.buf = this.buf.subarray(end);
    this.pos = Math.max(0, this.pos - end);
    this.cut = 0;
    return block;
  }

  /** The rest of the stream: the last block (maybe without a final line break), or null. */
  end(): Buffer | null {
    const rest = this.buf;
    this.buf = Buffer.alloc(0);
    return rest.length > 0 ? rest : null;
  }

  private scan(): void {
    const s = this.buf;
    const len = s.length;
    let p = this.pos;
    while (p < len) {
      if (!this.inQuote) {
        const q = s.indexOf(QUOTE, p);
        const stop = q === -1 ? len : q;
        // Between here and the next quote every line break ends a row.
        const last = stop - this.nl.length >= p ? s.lastIndexOf(this.nl, stop - this.nl.length) : -1;
        if (last >= p) {
          if (last + this.nl.length >= this.target) {
            // The block ends at the first row end past the target; the rest waits for next().
            this.cut = s.indexOf(this.nl, Math.max(p, this.target - this.nl.length)) + this.nl.length;
            this.pos = this.cut;
            return;
          }
          this.cut = last + this.nl.length;
        }
        if (q === -1) {
          // A line break may be cut between two reads: look again from its first byte.
          p = Math.max(p, len - this.nl.length + 1);
          break;
        }
        if (this.fieldStart(q)) this.inQuote = true;
        p = q + 1;
      } else {
        const q = s.indexOf(QUOTE, p);
        if (q === -1) {
          p = len;
          break;
        }
        if (q + 1 >= len) {
          // A quote at the end: a doubled quote or the closing one, the next read tells.
          p = q;
          break;
        }
        if (s[q + 1] === QUOTE) p = q + 2;
        else {
          this.inQuote = false;
          p = q + 1;
        }
      }
    }
    this.pos = p;
  }

  /** Does a field start at q: at the start of a row, or right after a delimiter? */
  private fieldStart(q: number): boolean {
    if (q === 0) return true;
    const s = this.buf;
    const nl = this.nl;
    if (q >= nl.length && s[q - 1] === nl[nl.length - 1] && (nl.length === 1 || s[q - 2] === nl[0])) return true;
    const d = this.delim;
    if (q < d.length) return false;
    for (let k = 0; k < d.length; k++) if (s[q - d.length + k] !== d[k]) return false;
    return true;
  }
}
