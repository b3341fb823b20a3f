import { xmlText } from './xml.js';

/**
 * A workbook's shared string table (xl/sharedStrings.xml), kept compactly: every string's text
 * in one flat string, and where each one ends in a typed array. Its memory is bounded by the
 * table, not by the sheet: the text of the distinct strings (one or two bytes a character) and
 * 4 bytes a string, no per-string object. A sheet of a million rows that repeats a few thousand
 * titles, departments and locations keeps a few hundred kilobytes here; a sheet of a million
 * distinct values keeps their text once (and the part it is read from is capped at
 * MAX_ENTRY_BYTES, see zip.ts).
 */
export class SharedStrings {
  constructor(
    private readonly text: string,
    private readonly ends: Uint32Array,
    /** How many strings the table holds. */
    readonly count: number,
  ) {}

  static readonly EMPTY = new SharedStrings('', new Uint32Array(0), 0);

  /** The string at index i (0 ≤ i < count). */
  get(i: number): string {
    return this.text.slice(i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }
}

const SI = /<(?:[\w.-]+:)?si(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?si>|<(?:[\w.-]+:)?si\s*\/>/g;
const T = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

/**
 * Reads the shared string table from its XML given in pieces (as it is inflated): each <si> is
 * plain text or rich-text runs (phonetic guides left out). Only the part after the last whole
 * <si> is carried from one piece to the next.
 */
export class SharedStringsReader {
  private carry = '';
  private readonly parts: string[] = [];
  private ends = new Uint32Array(1024);
  private count = 0;
  private length = 0;

  push(xml: string): void {
    const buf = this.carry + xml;
    const strings: string[] = [];
    let last = 0;
    SI.lastIndex = 0;
    for (let m = SI.exec(buf); m; m = SI.exec(buf)) {
      last = SI.lastIndex;
      let body = m[1] ?? '';
      if (body.includes('rPh')) body = body.replace(PHONETIC, '');
      let text = '';
      T.lastIndex = 0;
      for (let n = T.exec(body); n; n = T.exec(body)) text += n[1]!;
      const s = xmlText(text);
      strings.push(s);
      this.length += s.length;
      if (this.count === this.ends.length) {
        const grown = new Uint32Array(this.ends.length * 2);
        grown.set(this.ends);
        this.ends = grown;
      }
      this.ends[this.count++] = this.length;
    }
    if (strings.length) this.parts.push(strings.join(''));
    this.carry = buf.slice(last);
  }

  end(): SharedStrings {
    return new SharedStrings(this.parts.join(''), this.ends.slice(0, this.count), this.count);
  }
}
