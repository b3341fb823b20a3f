import { closeSync, createReadStream, createWriteStream, openSync, readSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { findColumn } from '../../core/column-name.js';
import { LadderError, type Issue } from '../../core/errors.js';
import type { Framework } from '../../core/framework/schema.js';
import { BlockFeed, LineFeed } from '../csv/block-feed.js';
import { BlockPool, workerScript } from '../csv/block-pool.js';
import { BlockWriter } from '../csv/block-writer.js';
import { commitTemporary, temporaryPathFor } from '../../store/atomic-file.js';
import { isSpreadsheetInput } from '../xlsx/spreadsheet-input.js';
import { malformed, RowReader, ROW } from '../csv/row-reader.js';
import { memoMemory } from '../csv/title-memo.js';
import { lineOf, MixedEncodingError, mixedEncodingError, Utf8Pieces, type TextEncodingName } from '../../store/text-encoding.js';
import { blockNormalizer } from './block-normalizers.js';
import { headerTail, type BlockResult, type BlockSettings, type Context } from './normalize-block.js';

export { RESULT_COLUMNS } from './normalize-block.js';

export function usage(message: string): LadderError {
  return new LadderError('normalize-usage', message);
}

export interface FileStats {
  rows: number;
  badRowCount: number;
  /** The first bad rows (up to 20), with their line numbers. */
  badRows: Issue[];
  seconds: number;
  out: string;
  /** The encoding the file was read in; the output is UTF-8 whatever it was. */
  encoding: TextEncodingName;
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
  /** Worker threads (default: the machine's cores); 1 reads the file in this thread. */
  jobs?: number | undefined;
  /** The context of every title (default general), or the column that gives it per row. */
  context?: Context | undefined;
  contextColumn?: string | undefined;
  /** The worker thread's script (tests give one that fails). */
  workerScript?: URL;
  /** The sheet of a spreadsheet input (read by src/cli/xlsx/normalize-xlsx.ts). */
  sheet?: string | undefined;
  /** The text encoding of a CSV, TSV or JSON Lines file (default: told by its bytes). */
  encoding?: TextEncodingName | undefined;
}

function defaultOut(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.normalized${ext || '.csv'}`);
}

/** A JSON Lines file: one JSON object a line. */
function isJsonLines(file: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(file);
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

/** Read and write blocks of about this many bytes: few system calls, flat memory. */
const BLOCK = 1 << 20;
/** Over worker threads, the first block's size; each next one is twice as large, up to BLOCK. */
const FIRST_BLOCK = 1 << 15;

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
  // Spreadsheet adapter (issue 14): XLSX in (and XLSX or CSV out) is read whole by its own module.
  if (isSpreadsheetInput(file)) return (await import('../xlsx/normalize-xlsx.js')).normalizeWorkbook(fw, file, options);
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
  const tmp = outPath === '-' ? '' : temporaryPathFor(outPath);
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw usage(`--jobs must be a whole number of at least 1, not "${String(options.jobs)}"`);
  const started = process.hrtime.bigint();
  let out: Writable;
  try {
    out = outPath === '-' ? (options.stdout ?? process.stdout) : createWriteStream(tmp);
  } catch (e) {
    throw new LadderError('file-not-writable', `Cannot write ${outPath}: ${(e as Error).message}`, { issues: [{ code: 'file-not-writable', file: outPath, message: 'unwritable' }] });
  }
  const bar = options.progress ? new cliProgress.SingleBar({ format: 'normalizing |{bar}| {percentage}% | {value}/{total} bytes | {rows} rows', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(size, 0, { rows: 0 });

  const stats: FileStats = { rows: 0, badRowCount: 0, badRows: [], seconds: 0, out: outPath, encoding: options.encoding ?? 'utf-8' };
  const block = Math.max(1, Math.floor(options.blockSize ?? BLOCK));
  const writer = new BlockWriter(out, block, outPath);
  let fatal: LadderError | null = null;
  const closeOut = async () => {
    if (outPath !== '-') await new Promise<void>((r) => (out as import('node:fs').WriteStream).close(() => r()));
    if (tmp) rmSync(tmp, { force: true });
  };
  try {
    const run: Run = { fw, path, file, given, options, writer, stats, block, jobs: size > 2 * block ? jobs : 1, progress: (done) => bar?.update(Math.min(size, done), { rows: stats.rows }) };
    await readBlocks(run);
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
      commitTemporary(tmp, outPath);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw new LadderError('file-not-writable', `Cannot write ${outPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { issues: [{ code: 'file-not-writable', file: outPath, message: 'unwritable' }] });
    }
  }
  stats.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return stats;
}

interface Run {
  fw: Framework;
  path: string;
  file: string;
  given: string | undefined;
  options: FileOptions;
  writer: BlockWriter;
  stats: FileStats;
  block: number;
  jobs: number;
  progress: (bytes: number) => void;
}

/**
 * Reads the file in blocks of whole rows, normalizes them (in this thread, or spread over
 * worker threads with at most two blocks per worker in flight, so memory stays flat) and
 * writes each block's output in the file's order.
 */
async function readBlocks(run: Run): Promise<void> {
  const { file, options, writer, stats } = run;
  const input = createReadStream(run.path, { highWaterMark: run.block });
  const jsonl = isJsonLines(file);
  // Over threads, the first blocks are small and grow: the first rows, where most titles are new
  // and slow to read, are spread over every thread rather than held up in one.
  let target = run.jobs > 1 ? Math.min(run.block, FIRST_BLOCK) : run.block;
  const feed = jsonl ? new LineFeed(target) : new BlockFeed(run.given, target);
  let settings: BlockSettings | null = null;
  let local: { run(bytes: Buffer, spare?: ArrayBuffer): BlockResult } | null = null;
  let pool: BlockPool<BlockResult> | null = null;
  let line = 1; // the physical line the next block starts on
  let consumed = 0;
  let written = 0;
  const blockBytes: number[] = [];
  /** In this thread: memory of results already written. */
  const spares: ArrayBuffer[] = [];

  const take = async (r: BlockResult) => {
    if (r.malformed) throw malformed(file, line + r.malformed.line, r.malformed.status);
    stats.rows += r.rows;
    stats.badRowCount += r.badCount;
    for (const b of r.bad) if (stats.badRows.length < 20) stats.badRows.push({ code: 'bad-row', file, line: line + b.line, message: b.message });
    line += r.lines;
    // The result's memory is used again for a later result once written: less garbage to collect.
    const memory = r.out.buffer as ArrayBuffer;
    writer.put(r.out, () => (pool === null ? spares.length < 3 && spares.push(memory) : pool.recycle(memory)));
    await writer.flush();
    written += blockBytes.shift() ?? 0;
    run.progress(written);
  };

  const dispatch = async (bytes: Buffer) => {
    if (settings === null) {
      if (feed instanceof BlockFeed) {
        const h = readHeader(bytes, feed, file, options);
        settings = h.settings;
        line += h.lines;
        writer.add(bytes, 0, h.rowEnd);
        writer.addText(h.tail);
        written += h.next;
        bytes = bytes.subarray(h.next);
      } else {
        settings = { format: 'jsonl', delimiter: '', newline: '\n', col: -1, column: options.column, width: 0, context: options.context ?? 'general', contextCol: -1, contextColumn: options.contextColumn };
      }
      if (run.jobs > 1) {
        // One memo of results for all the threads: each distinct title is read once per file.
        if (settings.format === 'csv') {
          const contexts: Context[] = settings.contextCol >= 0 ? ['general', 'product'] : [settings.context];
          settings.memos = Object.fromEntries(contexts.map((c) => [c, memoMemory(true)]));
        }
        pool = new BlockPool<BlockResult>(workerScript(import.meta.url, 'normalize-worker', options.workerScript), run.jobs, { fw: run.fw, settings });
      } else local = blockNormalizer(run.fw, settings);
      if (bytes.length === 0) return;
    }
    blockBytes.push(bytes.length);
    if (pool === null) return take(local!.run(bytes, spares.pop()));
    // A copy the worker can own; the feed's bytes may share memory with the next block.
    const own = pool.buffer(bytes.length);
    own.set(bytes);
    pool.send(own);
    if (target < run.block) feed.setTarget((target = Math.min(run.block, target * 2)));
    while (pool.inFlight >= run.jobs * 2) await take(await pool.next());
  };

  // Rows are cut and copied as UTF-8 bytes: a file in another encoding is turned into UTF-8 as it is read.
  const text = new Utf8Pieces(options.encoding);
  const utf8 = (read: Buffer | null): Buffer => {
    try {
      return read === null ? text.end() : read.length === 0 ? read : text.push(read);
    } catch (e) {
      if (!(e instanceof MixedEncodingError)) throw e;
      const { line, byte } = whereInFile(run.path, e.at);
      throw mixedEncodingError(file, line, byte);
    }
  };
  try {
    for await (const read of input as AsyncIterable<Buffer>) {
      consumed += read.length;
      for (let b = feed.push(utf8(read)); b !== null; b = feed.next()) await dispatch(b);
    }
    const rest = utf8(null);
    stats.encoding = text.encoding;
    for (let b = rest.length > 0 ? feed.push(rest) : null; b !== null; b = feed.next()) await dispatch(b);
    const last = feed.end();
    if (last !== null) await dispatch(last);
    if (settings === null && !jsonl) {
      throw new LadderError('csv-empty', `${file}:1: the file is empty; it needs a header row naming the columns`, { issues: [{ code: 'csv-empty', file, line: 1, message: 'empty file' }] });
    }
    const p = pool as BlockPool<BlockResult> | null;
    while (p !== null && p.inFlight > 0) await take(await p.next());
  } catch (e) {
    input.destroy();
    throw e;
  } finally {
    await (pool as BlockPool<BlockResult> | null)?.close();
  }
  run.progress(consumed);
}

/** Reads the header row at the start of the first block: the settings every block is read with. */
function readHeader(bytes: Buffer, feed: BlockFeed, file: string, options: FileOptions): { settings: BlockSettings; rowEnd: number; next: number; lines: number; tail: string } {
  const { delimiter, newline } = feed;
  const r = new RowReader(delimiter, newline);
  r.bytes = bytes;
  const status = r.readRow(true);
  if (status !== ROW) throw malformed(file, 1, status);
  const header: string[] = [];
  for (let i = 0; i < r.fields.n; i++) header.push(r.value(i));
  const find = (name: string, flag: string) => {
    const at = findColumn(header, name);
    if (at === -1) {
      const names = header.map((h) => `"${h}"`).join(', ');
      throw new LadderError('column-not-found', `${file}:1: there is no column "${name}"; the header has ${names || 'no columns'}`, {
        issues: [{ code: 'column-not-found', file, line: 1, field: flag, value: name, message: `columns: ${names}` }],
      });
    }
    return at;
  };
  const col = find(options.column, 'column');
  const contextCol = options.contextColumn === undefined ? -1 : find(options.contextColumn, 'context-column');
  return {
    settings: { format: 'csv', delimiter, newline, col, column: options.column, width: header.length, context: options.context ?? 'general', contextCol },
    rowEnd: r.rowEnd,
    next: r.next,
    lines: 1 + r.innerLines,
    tail: headerTail(header, delimiter, newline),
  };
}

/** The line (counted from 1) byte `at` of the file is on, and the byte: only for an error message, so read again. */
function whereInFile(path: string, at: number): { line: number; byte: number } {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 16);
    let line = 1;
    for (let pos = 0; pos < at; ) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, at - pos), pos);
      if (n === 0) break;
      line += lineOf(buf, n) - 1;
      pos += n;
    }
    readSync(fd, buf, 0, 1, at);
    return { line, byte: buf[0]! };
  } finally {
    closeSync(fd);
  }
}
