import { closeSync, createReadStream, createWriteStream, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import Papa from 'papaparse';
import { LadderError, type Issue } from '../../core/errors.js';
import { BAND_NAMES, type Framework } from '../../core/framework/schema.js';
import { createNormalizer, type Normalizer } from '../../core/normalize/index.js';
import type { NormalizedTitle } from '../../core/normalize/result.js';
import { frameworkFor, wantsJson } from '../context.js';

/** Results remembered by the CLI: HR files repeat titles, and the cache is bounded. */
const CLI_CACHE = 20_000;

interface NormalizeOptions {
  jsonl?: boolean;
  json?: boolean;
  column?: string;
  out?: string;
  delimiter?: string;
  progress?: boolean;
}

/** `ladder normalize`: one title, titles on stdin (JSONL), or a CSV/TSV file of any size. */
export function register(program: Command): void {
  program
    .command('normalize')
    .description('read job titles: product family, framework role, band, track, specialties and why')
    .argument('[inputs...]', 'a title (quote it), or a CSV/TSV file with --column')
    .option('--jsonl', 'read titles from standard input, one per line; write one JSON object per line, in order')
    .option('--column <name>', 'the column of FILE that holds the titles')
    .option('--out <file>', 'where to write the file with result columns added (default: FILE.normalized.csv beside it; "-" for standard output)')
    .option('--delimiter <char>', 'the field separator of FILE (default: from the extension, .tsv is a tab, else detected)')
    .option('--no-progress', 'no progress bar (it is only shown when standard error is a terminal)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Examples:
  ladder normalize "Sr. Prodcut Manger, Payments - Remote"
  ladder normalize --jsonl < titles.txt > titles.jsonl
  ladder normalize people.csv --column "Job Title" --out people.normalized.csv`,
    )
    .action(async (inputs: string[], opts: NormalizeOptions, cmd: Command) => {
      const fw = frameworkFor(cmd);
      if (opts.jsonl) {
        if (inputs.length > 0) throw usage('--jsonl reads titles from standard input; give no title or file with it');
        await jsonl(createNormalizer(fw, { cache: CLI_CACHE }), process.stdin, process.stdout);
        return;
      }
      if (opts.column !== undefined) {
        if (inputs.length !== 1) throw usage('give exactly one CSV or TSV file with --column, e.g. ladder normalize people.csv --column title');
        const file = inputs[0]!;
        const stats = await normalizeFile(fw, file, {
          column: opts.column,
          out: opts.out,
          delimiter: opts.delimiter,
          progress: opts.progress !== false && Boolean(process.stderr.isTTY),
        });
        const where = stats.out === '-' ? 'standard output' : stats.out;
        process.stderr.write(
          `ladder: ${stats.rows} rows normalized in ${stats.seconds.toFixed(2)} s (${Math.round(stats.rows / Math.max(stats.seconds, 1e-9)).toLocaleString('en-US')} rows/s), written to ${where}\n`,
        );
        if (stats.badRows.length > 0) {
          process.stderr.write(`ladder: ${stats.badRowCount} bad row${stats.badRowCount === 1 ? '' : 's'} kept with their error in the "normalize_error" column:\n`);
          for (const b of stats.badRows) process.stderr.write(`  - ${b.file}:${b.line}: ${b.message}\n`);
          if (stats.badRowCount > stats.badRows.length) process.stderr.write(`  … and ${stats.badRowCount - stats.badRows.length} more\n`);
        }
        return;
      }
      if (inputs.length === 0) throw usage('give a title, e.g. ladder normalize "Senior Product Manager", or --jsonl to read standard input');
      const title = inputs.join(' ');
      if (inputs.length === 1 && looksLikeFile(title)) {
        throw usage(`"${title}" looks like a file: add --column NAME to normalize its titles, or quote a title`);
      }
      const result = createNormalizer(fw)(title);
      if (wantsJson(cmd)) process.stdout.write(`${JSON.stringify({ title, ...result }, null, 2)}\n`);
      else process.stdout.write(readable(title, result));
    });
}

function usage(message: string): LadderError {
  return new LadderError('normalize-usage', message);
}

function looksLikeFile(s: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(s) && existsSync(s);
}

/** A result for a person. */
export function readable(title: string, r: NormalizedTitle): string {
  const lines = [title];
  const row = (k: string, v: string) => lines.push(`  ${k.padEnd(12)}${v}`);
  if (r.family) {
    row('family', r.family);
    row('role', r.roleId ? `${r.canonicalTitle} (${r.roleId})` : '(no framework role)');
    row('level', r.level === null ? 'not settled' : `${r.level} (${BAND_NAMES[r.level] ?? ''})`);
    row('track', r.track ?? 'not settled by the words');
    if (r.specialties.length > 0) row('specialties', r.specialties.join(', '));
    if (r.area) row('area', r.area);
  } else {
    row('family', 'not a product role');
    if (r.adjacent) row('looks like', r.adjacent);
  }
  row('confidence', r.confidence.toFixed(2));
  row('why', r.explanation.text);
  for (const a of r.alternatives) row('or', `${a.family ?? a.adjacent ?? 'none'}${a.level !== null ? ` band ${a.level}` : ''}${a.roleId ? ` (${a.roleId})` : ''}: ${a.reason} (${a.confidence.toFixed(2)})`);
  return `${lines.join('\n')}\n`;
}

/** One JSON object per result line, in the scorer's contract: family, level, track first. */
export function jsonLine(title: string, r: NormalizedTitle): string {
  return JSON.stringify({
    title,
    family: r.family,
    level: r.level,
    track: r.track,
    roleId: r.roleId,
    canonicalTitle: r.canonicalTitle,
    adjacent: r.adjacent,
    specialties: r.specialties,
    area: r.area,
    confidence: r.confidence,
    alternatives: r.alternatives,
    explanation: r.explanation,
  });
}

/** Reads titles line by line and writes one JSON line each, in order, with back-pressure. */
export async function jsonl(normalize: Normalizer, input: Readable, output: Writable): Promise<number> {
  let rest = '';
  let count = 0;
  const emit = async (text: string) => {
    if (!output.write(text)) await new Promise<void>((r) => output.once('drain', () => r()));
  };
  input.setEncoding('utf8');
  for await (const chunk of input as AsyncIterable<string>) {
    const data = rest + chunk;
    const lines = data.split('\n');
    rest = lines.pop() ?? '';
    let out = '';
    for (const l of lines) {
      const title = l.endsWith('\r') ? l.slice(0, -1) : l;
      out += `${jsonLine(title, normalize(title))}\n`;
      count++;
    }
    if (out) await emit(out);
  }
  if (rest.length > 0) {
    const title = rest.endsWith('\r') ? rest.slice(0, -1) : rest;
    await emit(`${jsonLine(title, normalize(title))}\n`);
    count++;
  }
  return count;
}

/** The columns added to a file, in order. */
export const RESULT_COLUMNS = ['family', 'role_id', 'canonical_title', 'level', 'track', 'confidence', 'adjacent', 'specialties', 'area', 'normalize_error'] as const;

/** The result columns of one row, as delimited text. */
function resultText(r: NormalizedTitle | null, error: string, delimiter: string): string {
  const cells = resultCells(r, error);
  let text = cell(cells[0]!, delimiter);
  for (let c = 1; c < cells.length; c++) text += `${delimiter}${cell(cells[c]!, delimiter)}`;
  return text;
}

function resultCells(r: NormalizedTitle | null, error: string): string[] {
  if (r === null) return ['', '', '', '', '', '', '', '', '', error];
  return [
    r.family ?? '',
    r.roleId ?? '',
    r.canonicalTitle ?? '',
    r.level === null ? '' : String(r.level),
    r.track ?? '',
    r.confidence.toFixed(2),
    r.adjacent ?? '',
    r.specialties.join('|'),
    r.area ?? '',
    error,
  ];
}

export interface FileStats {
  rows: number;
  badRowCount: number;
  /** The first bad rows (up to 20), with their line numbers. */
  badRows: Issue[];
  seconds: number;
  out: string;
}

export interface FileOptions {
  column: string;
  out?: string | undefined;
  delimiter?: string | undefined;
  progress?: boolean | undefined;
  /** Where "-" writes; standard output by default. */
  stdout?: Writable;
  /** Bytes read and written at a time (default 1 MiB); small values exercise rows cut between blocks. */
  blockSize?: number;
}

function defaultOut(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.normalized${ext || '.csv'}`);
}

function delimiterFor(file: string, given: string | undefined): string | undefined {
  if (given !== undefined) {
    if (given === '\\t' || given.toLowerCase() === 'tab') return '\t';
    if (given.length !== 1) throw usage(`--delimiter must be one character (or "tab"), not "${given}"`);
    return given;
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.tsv' || ext === '.tab') return '\t';
  if (ext === '.csv') return ',';
  return undefined;
}

const NEEDS_QUOTES: Record<string, RegExp> = {};
/** Quotes a cell when it must be: it holds the delimiter, a quote or a line break. */
function cell(v: string, delimiter: string): string {
  if (v === '') return v;
  const re = (NEEDS_QUOTES[delimiter] ??= new RegExp(`["\r\n${delimiter.replace(/[\]\\^-]/g, '\\$&')}]`));
  return re.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Read and write blocks of about this many bytes: few system calls, flat memory. */
const BLOCK = 1 << 20;
/** Distinct titles whose result columns are remembered (the memo starts again when full). */
const TITLE_MEMO = 1 << 15;

/**
 * Streams a CSV or TSV file through the normalizer and writes every row back with result
 * columns added, to a temporary file renamed at the end, so the output is whole or absent.
 * Memory stays flat whatever the file's size. Rows that cannot be read are kept, with the
 * problem in the "normalize_error" column, and reported by line.
 *
 * The rows are read straight from the file's bytes by a small CSV reader (RFC 4180 quoting, as
 * papaparse reads it; papaparse only guesses the delimiter and line break from the first
 * block). A well-formed row is copied to the output byte for byte with its result columns
 * appended; the result columns of a title are computed once per distinct title, found again by
 * a hash of the title's bytes. Only titles met for the first time and rows with a problem are
 * decoded into strings.
 */
export async function normalizeFile(fw: Framework, file: string, options: FileOptions): Promise<FileStats> {
  const path = resolve(file);
  let size = 0;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new LadderError('file-not-readable', `Cannot read ${file}: no such file`, { issues: [{ code: 'file-not-readable', file, message: 'no such file' }] });
  }
  const given = delimiterFor(file, options.delimiter);
  const outPath = options.out === undefined ? defaultOut(path) : options.out === '-' ? '-' : resolve(options.out);
  if (outPath === path) throw usage('--out must not be the input file: the input is read while the output is written');
  const tmp = outPath === '-' ? '' : join(dirname(outPath), `.${basename(outPath)}.${process.pid}.${Date.now()}.tmp`);
  const normalize = createNormalizer(fw);
  const started = process.hrtime.bigint();
  let out: Writable;
  try {
    out = outPath === '-' ? (options.stdout ?? process.stdout) : createWriteStream(tmp);
  } catch (e) {
    throw new LadderError('file-not-writable', `Cannot write ${outPath}: ${(e as Error).message}`, { issues: [{ code: 'file-not-writable', file: outPath, message: 'unwritable' }] });
  }
  const bar = options.progress ? new cliProgress.SingleBar({ format: 'normalizing |{bar}| {percentage}% | {value}/{total} bytes | {rows} rows', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(size, 0, { rows: 0 });

  const stats: FileStats = { rows: 0, badRowCount: 0, badRows: [], seconds: 0, out: outPath };
  const block = Math.max(1, Math.floor(options.blockSize ?? BLOCK));
  const writer = new BlockWriter(out, block, outPath);
  let fatal: LadderError | null = null;
  const closeOut = async () => {
    if (outPath !== '-') await new Promise<void>((r) => (out as import('node:fs').WriteStream).close(() => r()));
    if (tmp) rmSync(tmp, { force: true });
  };
  try {
    await readRows(path, file, given, options.column, normalize, writer, stats, block, (done) => bar?.update(Math.min(size, done), { rows: stats.rows }));
    await writer.flush(true);
  } catch (e) {
    if (!(e instanceof LadderError)) {
      await closeOut();
      if ((e as NodeJS.ErrnoException).code) throw new LadderError('file-not-readable', `Cannot read ${file}: ${(e as Error).message}`, { issues: [{ code: 'file-not-readable', file, message: (e as Error).message }] });
      throw new LadderError('normalize-internal', `Normalizing ${file} failed: ${(e as Error).message}`, { userError: false, cause: e });
    }
    fatal = e;
  } finally {
    bar?.stop();
  }
  if (fatal) {
    await closeOut();
    throw fatal;
  }
  if (outPath !== '-') {
    const ws = out as import('node:fs').WriteStream;
    await new Promise<void>((r, j) => ws.end((err?: Error | null) => (err ? j(err) : r())));
    try {
      const fd = openSync(tmp, 'r+');
      fsyncSync(fd);
      closeSync(fd);
      renameSync(tmp, outPath);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw new LadderError('file-not-writable', `Cannot write ${outPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { issues: [{ code: 'file-not-writable', file: outPath, message: 'unwritable' }] });
    }
  }
  stats.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return stats;
}

/**
 * Collects output bytes in blocks of BLOCK bytes and writes the full ones, waiting when the
 * stream is full. A written block is never reused: the stream may still hold it.
 */
class BlockWriter {
  private block: Buffer;
  private at = 0;
  private full: Buffer[] = [];
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

  private next(): void {
    this.full.push(this.block);
    this.block = Buffer.allocUnsafe(this.size);
    this.at = 0;
  }

  /** Writes the full blocks (and, at the end, the last one). */
  async flush(end = false): Promise<void> {
    if (end && this.at > 0) {
      this.full.push(this.block.subarray(0, this.at));
      this.block = Buffer.allocUnsafe(0);
      this.at = 0;
    }
    const blocks = this.full;
    this.full = [];
    for (const b of blocks) if (!this.out.write(b)) await this.drained();
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

/** Where the fields of the row just read are: value start and end, quoted or not. */
interface Fields {
  n: number;
  start: Int32Array;
  end: Int32Array;
  quoted: Uint8Array;
}

const QUOTE = 34;

/** What readRow() found. */
const ROW = 0;
const MORE = 1;
const MISSING_QUOTE = 2;
const MISPLACED_QUOTE = 3;

/**
 * A CSV reader over a block of bytes: reads one row at `pos`, records where its fields are and
 * where it ends, and hashes the title field's bytes on the way. Quoting as papaparse reads it:
 * a field that starts with a quote runs to the quote that closes it (a doubled quote is a
 * quote; spaces may follow the closing quote); elsewhere a quote is an ordinary character.
 * Delimiters, quotes and line breaks are ASCII, so they never occur inside a UTF-8 character.
 */
class RowReader {
  bytes: Buffer = Buffer.alloc(0);
  pos = 0;
  /** The row just read is bytes[rowStart, rowEnd); the next row starts at next. */
  rowStart = 0;
  rowEnd = 0;
  next = 0;
  /** Line breaks inside the row's quoted fields. */
  innerLines = 0;
  /** Hashes of the raw bytes of field `col`. */
  hash = 0;
  hash2 = 0;
  /** The title's field, hashed while it is read (-1: none yet). */
  col = -1;
  readonly fields: Fields = { n: 0, start: new Int32Array(64), end: new Int32Array(64), quoted: new Uint8Array(64) };
  private readonly d0: number;
  private readonly delimRest: Buffer;
  private readonly nl0: number;
  private readonly nl1: number;

  constructor(delimiter: string, newline: string) {
    const d = Buffer.from(delimiter, 'utf8');
    this.d0 = d[0]!;
    this.delimRest = d.subarray(1);
    this.nl0 = newline.charCodeAt(0);
    this.nl1 = newline.length > 1 ? newline.charCodeAt(1) : -1;
  }

  private field(start: number, end: number, quoted: number): void {
    const f = this.fields;
    if (f.n === f.start.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      f.start = grow(f.start, new Int32Array(f.n * 2));
      f.end = grow(f.end, new Int32Array(f.n * 2));
      f.quoted = grow(f.quoted, new Uint8Array(f.n * 2));
    }
    f.start[f.n] = start;
    f.end[f.n] = end;
    f.quoted[f.n] = quoted;
    f.n++;
  }

  /** Is the delimiter at p (its first byte is there)? 0: no; else its length; -1: cut off by the end of the block. */
  private delimAt(p: number, len: number): number {
    const rest = this.delimRest;
    if (rest.length === 0) return 1;
    if (p + rest.length >= len) return -1;
    for (let k = 0; k < rest.length; k++) if (this.bytes[p + 1 + k] !== rest[k]) return 0;
    return 1 + rest.length;
  }

  /** Reads the row at pos. `last`: the bytes run to the end of the file. */
  readRow(last: boolean): number {
    const s = this.bytes;
    const len = s.length;
    const d0 = this.d0;
    const nl0 = this.nl0;
    const nl1 = this.nl1;
    let p = this.pos;
    this.rowStart = p;
    this.fields.n = 0;
    this.innerLines = 0;
    for (;;) {
      const fieldIndex = this.fields.n;
      if (p < len && s[p] === QUOTE) {
        // A quoted field: find the quote that closes it.
        let q = p + 1;
        let close: number;
        for (;;) {
          const at = s.indexOf(QUOTE, q);
          if (at === -1) return last ? MISSING_QUOTE : MORE;
          if (at + 1 >= len && !last) return MORE;
          if (at + 1 < len && s[at + 1] === QUOTE) {
            q = at + 2;
            continue;
          }
          close = at;
          break;
        }
        const inner = nl1 === -1 ? nl0 : 10;
        for (let k = s.indexOf(inner, p + 1); k !== -1 && k < close; k = s.indexOf(inner, k + 1)) this.innerLines++;
        this.field(p + 1, close, 1);
        if (fieldIndex === this.col) this.hashRaw(p + 1, close, 1);
        let a = close + 1;
        while (a < len && s[a] === 32) a++;
        if (a >= len) {
          if (!last) return MORE;
          this.rowEnd = a;
          this.next = a;
          return ROW;
        }
        const c = s[a]!;
        if (c === d0) {
          const dl = this.delimAt(a, len);
          if (dl === -1 && !last) return MORE;
          if (dl > 0) {
            p = a + dl;
            continue;
          }
        }
        if (c === nl0) {
          if (nl1 !== -1 && a + 1 >= len && !last) return MORE;
          if (nl1 === -1 || (a + 1 < len && s[a + 1] === nl1)) {
            this.rowEnd = a;
            this.next = a + (nl1 === -1 ? 1 : 2);
            return ROW;
          }
        }
        return MISPLACED_QUOTE;
      }
      // An unquoted field: runs to the delimiter or the line break.
      const start = p;
      const hashing = fieldIndex === this.col;
      let h = -2128831035;
      let h2 = 0x2545f491;
      for (;;) {
        if (p >= len) {
          if (!last) return MORE;
          this.field(start, p, 0);
          if (hashing) this.setHash(h, h2, 0);
          this.rowEnd = p;
          this.next = p;
          return ROW;
        }
        const c = s[p]!;
        if (c === d0) {
          const dl = this.delimAt(p, len);
          if (dl === -1 && !last) return MORE;
          if (dl > 0) {
            this.field(start, p, 0);
            if (hashing) this.setHash(h, h2, 0);
            p += dl;
            break;
          }
        }
        if (c === nl0) {
          if (nl1 === -1 || (p + 1 < len && s[p + 1] === nl1)) {
            this.field(start, p, 0);
            if (hashing) this.setHash(h, h2, 0);
            this.rowEnd = p;
            this.next = p + (nl1 === -1 ? 1 : 2);
            return ROW;
          }
          if (p + 1 >= len && !last) return MORE;
        }
        if (hashing) {
          h = Math.imul(h ^ c, 16777619);
          h2 = Math.imul(h2 + c, -1640531535);
        }
        p++;
      }
    }
  }

  private setHash(h: number, h2: number, quoted: number): void {
    this.hash = h ^ quoted;
    this.hash2 = h2;
  }

  private hashRaw(start: number, end: number, quoted: number): void {
    let h = -2128831035;
    let h2 = 0x2545f491;
    const s = this.bytes;
    for (let i = start; i < end; i++) {
      const c = s[i]!;
      h = Math.imul(h ^ c, 16777619);
      h2 = Math.imul(h2 + c, -1640531535);
    }
    this.setHash(h, h2, quoted);
  }

  /** The text of bytes [from, to). */
  text(from: number, to: number): string {
    return this.bytes.toString('utf8', from, to);
  }

  /** The value of field i of the row just read (quotes undone). */
  value(i: number): string {
    const f = this.fields;
    const v = this.text(f.start[i]!, f.end[i]!);
    return f.quoted[i] === 1 && v.includes('"') ? v.replace(/""/g, '"') : v;
  }

  /** Are field i's raw bytes `raw`? */
  sameRaw(i: number, raw: Buffer): boolean {
    const f = this.fields;
    const a = f.start[i]!;
    if (f.end[i]! - a !== raw.length) return false;
    const s = this.bytes;
    for (let k = 0; k < raw.length; k++) if (s[a + k] !== raw[k]) return false;
    return true;
  }
}

/**
 * The result columns of each distinct title, as bytes ready to append to a row (delimiter,
 * columns, line break), found by the hashes of the title's raw bytes and checked byte by
 * byte. Bounded: when full it starts again.
 */
class TitleMemo {
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

/**
 * Reads the file block by block, row by row, and writes each row with its result columns.
 * A row that runs past the end of a block is read again with the next blocks joined to it.
 */
async function readRows(
  path: string,
  file: string,
  given: string | undefined,
  column: string,
  normalize: Normalizer,
  writer: BlockWriter,
  stats: FileStats,
  block: number,
  progress: (bytes: number) => void,
): Promise<void> {
  const input = createReadStream(path, { highWaterMark: block });
  let reader: RowReader | null = null;
  let delimiter = given ?? ',';
  let newline = '\n';
  let header: string[] | null = null;
  let width = 0;
  let col = -1;
  let line = 1; // the physical line the next row starts on
  let consumed = 0;
  let carry: Buffer = Buffer.alloc(0);
  /** Blocks waiting to be joined to a row that did not fit (it needs at least `need` bytes). */
  let waiting: Buffer[] = [];
  let waitingLength = 0;
  // The first read gathers enough bytes to guess the delimiter and line break.
  let need = 1 << 16;
  const memo = new TitleMemo();
  const bad = (lineNo: number, message: string) => {
    stats.badRowCount++;
    if (stats.badRows.length < 20) stats.badRows.push({ code: 'bad-row', file, line: lineNo, message });
  };

  const readBlock = (bytes: Buffer, last: boolean): void => {
    if (reader === null) {
      // The first block: the delimiter and the line break, guessed as papaparse guesses them.
      const guess = Papa.parse<string[]>(bytes.toString('utf8', 0, Math.min(bytes.length, 1 << 16)), { delimiter: given ?? '', preview: 50, skipEmptyLines: false });
      delimiter = given ?? (guess.meta.delimiter || ',');
      newline = guess.meta.linebreak || '\n';
      reader = new RowReader(delimiter, newline);
    }
    const r: RowReader = reader;
    r.bytes = bytes;
    r.pos = 0;
    while (r.pos < bytes.length) {
      const status = r.readRow(last);
      if (status === MORE) break;
      if (status !== ROW) {
        const message = status === MISSING_QUOTE ? 'a quoted field is never closed (a missing closing quote)' : 'a quote is misplaced in a field';
        throw new LadderError('csv-malformed', `${file}:${line}: ${message}; fix the quoting and run again`, {
          issues: [{ code: 'csv-malformed', file, line, message: status === MISSING_QUOTE ? 'Quoted field unterminated' : 'Trailing quote on quoted field is malformed' }],
        });
      }
      const rowLine = line;
      line += 1 + r.innerLines;
      r.pos = r.next;
      const f = r.fields;
      if (header === null) {
        header = [];
        for (let i = 0; i < f.n; i++) header.push(r.value(i));
        width = header.length;
        const want = column.trim().toLowerCase();
        col = header.findIndex((h) => h.trim().toLowerCase() === want);
        if (col === -1) {
          const names = header.map((h) => `"${h}"`).join(', ');
          throw new LadderError('column-not-found', `${file}:${rowLine}: there is no column "${column}"; the header has ${names || 'no columns'}`, {
            issues: [{ code: 'column-not-found', file, line: rowLine, field: 'column', value: column, message: `columns: ${names}` }],
          });
        }
        const taken = new Set(header.map((h) => h.trim().toLowerCase()));
        const added = RESULT_COLUMNS.map((c) => (taken.has(c) ? `normalized_${c}` : c));
        writer.add(bytes, r.rowStart, r.rowEnd);
        writer.addText(`${delimiter}${added.map((v) => cell(v, delimiter)).join(delimiter)}${newline}`);
        r.col = col;
        continue;
      }
      stats.rows++;
      // A well-formed row: copied as it was read, with the title's result columns.
      if (f.n === width) {
        const v0 = f.start[col]!;
        if (f.end[col]! > v0 && bytes[v0]! > 32) {
          let tail = memo.get(r, col);
          if (tail === undefined) {
            tail = Buffer.from(`${delimiter}${resultText(normalize(r.value(col)), '', delimiter)}${newline}`, 'utf8');
            memo.set(r, col, tail);
          }
          writer.add(bytes, r.rowStart, r.rowEnd);
          writer.add(tail, 0, tail.length);
          continue;
        }
      }
      // Any other row: re-written field by field, the problem in normalize_error.
      const fields: string[] = [];
      for (let i = 0; i < f.n; i++) fields.push(r.value(i));
      let error = '';
      if (fields.length !== width) error = `${fields.length} fields where the header has ${width}${fields.length > width ? ' (the extra ones are kept at the end of the row)' : ''}`;
      let title: string | null = null;
      if (col < fields.length) {
        title = fields[col]!;
        if (!error && (title.length === 0 || (title.charCodeAt(0) <= 32 && title.trim() === ''))) error = `the "${column}" cell is empty`;
      } else if (!error) error = `no "${column}" cell in this row`;
      if (error) bad(rowLine, error);
      // Result columns stay aligned under their header: a short row is padded, and the extra
      // cells of a long row are kept after the result columns (never dropped).
      let row = '';
      for (let c = 0; c < width; c++) row += c < fields.length ? `${cell(fields[c]!, delimiter)}${delimiter}` : delimiter;
      row += resultText(title === null ? null : normalize(title), error, delimiter);
      for (let c = width; c < fields.length; c++) row += `${delimiter}${cell(fields[c]!, delimiter)}`;
      writer.addText(row + newline);
    }
    carry = r.pos < bytes.length ? bytes.subarray(r.pos) : Buffer.alloc(0);
  };

  /** A byte-order mark at the very start is not part of the header. */
  const noBom = (b: Buffer): Buffer => (reader === null && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b);
  for await (const read of input as AsyncIterable<Buffer>) {
    let chunk = read;
    consumed += read.length;
    if (need > 0) {
      // A row did not fit: gather blocks until there are twice as many bytes, then read again.
      waiting.push(chunk);
      waitingLength += chunk.length;
      if (carry.length + waitingLength < need) continue;
      chunk = Buffer.concat(waiting);
      waiting = [];
      waitingLength = 0;
    }
    const bytes = noBom(carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk);
    readBlock(bytes, false);
    need = carry.length > chunk.length ? carry.length * 2 : 0;
    progress(consumed - carry.length - waitingLength);
    await writer.flush();
  }
  const rest = noBom(Buffer.concat([carry, ...waiting]));
  if (rest.length > 0) readBlock(rest, true);
  if (header === null) {
    throw new LadderError('csv-empty', `${file}:1: the file is empty; it needs a header row naming the columns`, { issues: [{ code: 'csv-empty', file, line: 1, message: 'empty file' }] });
  }
  progress(consumed);
}
