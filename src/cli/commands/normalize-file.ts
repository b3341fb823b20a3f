import { closeSync, createReadStream, createWriteStream, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { csvField } from '../../core/csv-writer.js';
import { LadderError, type Issue } from '../../core/errors.js';
import type { Framework } from '../../core/framework/schema.js';
import { createNormalizer, type Normalizer } from '../../core/normalize/index.js';
import type { NormalizedTitle } from '../../core/normalize/result.js';
import { BlockWriter } from '../csv/block-writer.js';
import { RowFeed } from '../csv/row-reader.js';
import { TitleMemo } from '../csv/title-memo.js';

export function usage(message: string): LadderError {
  return new LadderError('normalize-usage', message);
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

/** Quotes a cell when it must be, and neutralises a formula (the one CSV writer's rule). */
const cell = csvField;

/** Does a field of the row start like a formula? Such a row is re-written, not copied byte for byte. */
function startsFormula(r: { bytes: Buffer; fields: { n: number; start: Int32Array; end: Int32Array } }): boolean {
  const f = r.fields;
  for (let i = 0; i < f.n; i++) {
    if (f.end[i]! <= f.start[i]!) continue;
    const b = r.bytes[f.start[i]!]!;
    if (b === 61 || b === 43 || b === 45 || b === 64 || b === 9 || b === 13) return true;
  }
  return false;
}

/** Read and write blocks of about this many bytes: few system calls, flat memory. */
const BLOCK = 1 << 20;

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

/** Reads the file block by block, row by row, and writes each row with its result columns. */
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
  let header: string[] | null = null;
  let width = 0;
  let col = -1;
  let consumed = 0;
  const memo = new TitleMemo();
  const bad = (lineNo: number, message: string) => {
    stats.badRowCount++;
    if (stats.badRows.length < 20) stats.badRows.push({ code: 'bad-row', file, line: lineNo, message });
  };

  const rows: RowFeed = new RowFeed(file, given, (r, rowLine) => {
    const { delimiter, newline } = rows;
    const bytes = r.bytes;
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
      if (startsFormula(r)) writer.addText(header.map((h) => cell(h, delimiter)).join(delimiter));
      else writer.add(bytes, r.rowStart, r.rowEnd);
      writer.addText(`${delimiter}${added.map((v) => cell(v, delimiter)).join(delimiter)}${newline}`);
      r.col = col;
      return;
    }
    stats.rows++;
    // A well-formed row: copied as it was read, with the title's result columns.
    if (f.n === width && !startsFormula(r)) {
      const v0 = f.start[col]!;
      if (f.end[col]! > v0 && bytes[v0]! > 32) {
        let tail = memo.get(r, col);
        if (tail === undefined) {
          tail = Buffer.from(`${delimiter}${resultText(normalize(r.value(col)), '', delimiter)}${newline}`, 'utf8');
          memo.set(r, col, tail);
        }
        writer.add(bytes, r.rowStart, r.rowEnd);
        writer.add(tail, 0, tail.length);
        return;
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
  });

  for await (const read of input as AsyncIterable<Buffer>) {
    consumed += read.length;
    if (!rows.push(read)) continue;
    progress(consumed - rows.pending);
    await writer.flush();
  }
  rows.end();
  if (header === null) {
    throw new LadderError('csv-empty', `${file}:1: the file is empty; it needs a header row naming the columns`, { issues: [{ code: 'csv-empty', file, line: 1, message: 'empty file' }] });
  }
  progress(consumed);
}
