import { isAscii, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { LadderError } from '../core/errors.js';
import { windows1252Text } from '../core/normalize/unicode-forms.js';

/**
 * The text encodings a roster or a title file arrives in. Spreadsheet programs and HR systems
 * save CSV and text files as UTF-8 (with or without a byte-order mark), as UTF-16 ("Unicode
 * text", tab-separated) or in the Windows code page of Western Europe and the Americas
 * (Windows-1252, a superset of Latin-1); those three are told by the bytes. The code pages of other
 * regions are read when a user names them. Every reader of the product decodes through here, so a
 * file reads the same whichever entry point takes it.
 */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  // Told by name only (--encoding, an upload's charset): their bytes cannot be told apart from
  // Windows-1252 or from each other with any confidence.
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1254',
  'windows-1257',
  'windows-874',
  'iso-8859-2',
  'koi8-r',
  'shift_jis',
  'euc-jp',
  'gb18030',
  'big5',
  'euc-kr',
] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** What people write for the encodings (`latin1`, `cp1252`, `utf8`), by the names above. */
const ALIASES: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  utf16: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  ansi: 'windows-1252',
  cp1250: 'windows-1250',
  latin2: 'iso-8859-2',
  'iso-8859-2': 'iso-8859-2',
  cp1251: 'windows-1251',
  'koi8-r': 'koi8-r',
  cp1253: 'windows-1253',
  cp1254: 'windows-1254',
  cp1257: 'windows-1257',
  cp874: 'windows-874',
  'tis-620': 'windows-874',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  'euc-jp': 'euc-jp',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
  'euc-kr': 'euc-kr',
  cp949: 'euc-kr',
};
for (const e of TEXT_ENCODINGS) if (e.startsWith('windows-')) ALIASES[e] ??= e;

/** The encoding a user named, or null. */
export function encodingNamed(name: string): TextEncodingName | null {
  return ALIASES[name.trim().toLowerCase()] ?? null;
}

/** The encodings' names as people know them. */
export const ENCODING_NAMES: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Latin-1)',
  'windows-1250': 'Windows-1250 (Central European)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'windows-1253': 'Windows-1253 (Greek)',
  'windows-1254': 'Windows-1254 (Turkish)',
  'windows-1257': 'Windows-1257 (Baltic)',
  'windows-874': 'Windows-874 (Thai)',
  'iso-8859-2': 'ISO-8859-2 (Latin-2)',
  'koi8-r': 'KOI8-R',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  gb18030: 'GB18030',
  big5: 'Big5',
  'euc-kr': 'EUC-KR',
};

/** A decoder of pieces of text in one encoding: a character split between two pieces is kept for the next. */
type PieceDecoder = (piece: Uint8Array, last: boolean) => string;

function pieceDecoder(encoding: Exclude<TextEncodingName, 'utf-8'>): PieceDecoder {
  // Node's TextDecoder reads "windows-1252" as Latin-1, so 0x80-0x9F are read here.
  if (encoding === 'windows-1252') return (piece) => windows1252Text(piece);
  const d = new TextDecoder(encoding);
  return (piece, last) => d.decode(piece, { stream: !last });
}

/** The byte-order mark at the start of `bytes`, if any: its encoding and length. */
function byteOrderMark(b: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a mark: most of the text is ASCII, so every other byte is zero. */
function unmarkedUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.6 && even < half * 0.1) return 'utf-16le';
  if (even > half * 0.6 && odd < half * 0.1) return 'utf-16be';
  return null;
}

/** Where the first byte that is not UTF-8 is, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need === -1 || i + need >= b.length) return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k]!;
      if ((d & 0xc0) !== 0x80) return i;
      // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
      if (k === 1 && ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f))) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** How many bytes of `b` end on a whole character: a character cut off at the end is left out. */
function wholeLength(b: Uint8Array): number {
  let k = b.length;
  let back = 0;
  while (k > 0 && back < 3 && (b[k - 1]! & 0xc0) === 0x80) {
    k--;
    back++;
  }
  if (k === 0 || b[k - 1]! < 0xc0) return b.length;
  const lead = b[k - 1]!;
  return back < (lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1) ? k - 1 : b.length;
}

/**
 * The encoding of a whole file's bytes: a byte-order mark says it; else UTF-8 when every byte
 * is, UTF-16 when every other byte is zero, and Windows-1252 otherwise.
 */
export function sniffEncoding(bytes: Uint8Array): TextEncodingName {
  const bom = byteOrderMark(bytes);
  if (bom !== null) return bom.encoding;
  if (isUtf8(bytes)) return 'utf-8';
  return unmarkedUtf16(bytes) ?? 'windows-1252';
}

/** Raised when a file's text changes encoding part way: `at` is the byte offset. */
export class MixedEncodingError extends Error {
  constructor(readonly at: number) {
    super('not UTF-8 after UTF-8 text');
  }
}

/**
 * A whole file's text, in the encoding given or the one its bytes show, without a byte-order
 * mark. Text that is UTF-8 up to a byte that is not (a file pasted together from two sources)
 * throws MixedEncodingError: read as either encoding, part of it would come out wrong.
 */
export function decodeText(bytes: Uint8Array, given?: TextEncodingName): { text: string; encoding: TextEncodingName } {
  const bom = byteOrderMark(bytes);
  const encoding = given ?? sniffEncoding(bytes);
  const skip = bom !== null && bom.encoding === encoding ? bom.length : 0;
  if (given === undefined && encoding === 'windows-1252') {
    const bad = firstInvalidUtf8(bytes);
    if (bad > 0 && !isAscii(bytes.subarray(0, bad))) throw new MixedEncodingError(bad);
  }
  const body = bytes.subarray(skip);
  return { text: encoding === 'utf-8' ? new TextDecoder('utf-8').decode(body) : pieceDecoder(encoding)(body, true), encoding };
}

/**
 * Turns a file's pieces, as they are read, into UTF-8 bytes. With no encoding given, the file
 * is taken for UTF-8 until a piece shows otherwise: a byte-order mark or zero bytes of UTF-16 in
 * the first piece, or a byte that is not UTF-8. While every byte so far was ASCII (the same in
 * UTF-8 and Windows-1252), such a byte switches the rest of the file to Windows-1252; after UTF-8
 * text that is not ASCII it throws MixedEncodingError. UTF-8 pieces pass through uncopied.
 */
export class Utf8Pieces {
  /** The encoding read so far (UTF-8 until shown otherwise). */
  encoding: TextEncodingName;
  private decoder: PieceDecoder | null = null;
  private ascii = true;
  private offset = 0;
  private first = true;
  /** The first bytes, while there are too few to tell the encoding by. */
  private head: Buffer | null = null;
  /** The last bytes of a UTF-8 piece that may begin a character the next piece ends. */
  private carry: Buffer | null = null;

  constructor(private readonly given?: TextEncodingName) {
    this.encoding = given ?? 'utf-8';
    if (given !== undefined && given !== 'utf-8') this.decoder = pieceDecoder(given);
  }

  push(piece: Buffer): Buffer {
    if (this.first) {
      // A byte-order mark or UTF-16's zero bytes need the first few bytes together.
      if (this.head !== null || piece.length < 4) {
        this.head = this.head === null ? Buffer.from(piece) : Buffer.concat([this.head, piece]);
        if (this.head.length < 4) return Buffer.alloc(0);
        piece = this.head;
        this.head = null;
      }
      this.first = false;
      if (this.given === undefined) {
        const bom = byteOrderMark(piece);
        const utf16 = bom !== null ? (bom.encoding === 'utf-8' ? null : bom.encoding) : isUtf8(piece.subarray(0, wholeLength(piece))) ? null : unmarkedUtf16(piece);
        if (utf16 !== null) {
          this.encoding = utf16;
          this.decoder = pieceDecoder(utf16);
        }
      }
    }
    const from = this.offset - (this.carry?.length ?? 0);
    this.offset += piece.length;
    if (this.decoder !== null) return Buffer.from(this.decoder(piece, false), 'utf8');
    if (this.given === 'utf-8') return piece;
    let bytes = piece;
    if (this.carry !== null) {
      bytes = Buffer.concat([this.carry, piece]);
      this.carry = null;
    }
    if (this.ascii && isAscii(bytes)) return bytes;
    const whole = bytes.subarray(0, wholeLength(bytes));
    if (isUtf8(whole)) {
      if (this.ascii && !isAscii(whole)) this.ascii = false;
      if (whole.length < bytes.length) this.carry = Buffer.from(bytes.subarray(whole.length));
      return whole;
    }
    const bad = firstInvalidUtf8(whole);
    if (!this.ascii || !isAscii(whole.subarray(0, bad))) throw new MixedEncodingError(from + bad);
    this.encoding = 'windows-1252';
    this.decoder = pieceDecoder('windows-1252');
    return Buffer.from(this.decoder(bytes, false), 'utf8');
  }

  /** The bytes left over at the end of the file. */
  end(): Buffer {
    if (this.head !== null) {
      // A file of fewer than four bytes: too short for a mark, read as UTF-8 or Windows-1252.
      const head = this.head;
      this.head = null;
      this.first = false;
      return Buffer.concat([this.push(head), this.end()]);
    }
    if (this.decoder !== null) return Buffer.from(this.decoder(new Uint8Array(0), true), 'utf8');
    const rest = this.carry ?? Buffer.alloc(0);
    this.carry = null;
    if (rest.length === 0) return rest;
    // A character cut off by the end of the file is not UTF-8.
    if (!this.ascii) throw new MixedEncodingError(this.offset - rest.length);
    this.encoding = 'windows-1252';
    return Buffer.from(windows1252Text(rest), 'utf8');
  }
}

/** The line (counted from 1) that byte `at` of `bytes` is on. */
export function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** The error of a file whose text changes encoding part way, naming the line and the byte. */
export function mixedEncodingError(file: string | null, line: number, byte: number): LadderError {
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const where = file === null ? `line ${line}` : `${file}:${line}`;
  return new LadderError('file-encoding', `${where}: the text is UTF-8 before this line, but byte ${hex} here is not; save the whole file in one encoding (UTF-8)`, {
    issues: [{ code: 'file-encoding', ...(file === null ? {} : { file }), line, value: hex, message: 'UTF-8 text followed by a byte that is not UTF-8' }],
  });
}

/** A whole file's text (see decodeText), or a `file-encoding` error naming its line and byte. */
export function decodeFile(bytes: Uint8Array, file: string | null, given?: TextEncodingName): { text: string; encoding: TextEncodingName } {
  try {
    return decodeText(bytes, given);
  } catch (e) {
    if (e instanceof MixedEncodingError) throw mixedEncodingError(file, lineOf(bytes, e.at), bytes[e.at]!);
    throw e;
  }
}

/** A whole file as UTF-8 bytes without a byte-order mark: the same bytes when they already are. */
export function utf8File(bytes: Buffer, file: string | null, given?: TextEncodingName): { bytes: Buffer; encoding: TextEncodingName } {
  if ((given === undefined || given === 'utf-8') && byteOrderMark(bytes) === null && isUtf8(bytes)) return { bytes, encoding: 'utf-8' };
  const { text, encoding } = decodeFile(bytes, file, given);
  return { bytes: Buffer.from(text, 'utf8'), encoding };
}
