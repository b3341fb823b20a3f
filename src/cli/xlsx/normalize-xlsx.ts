import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { Writable } from 'node:stream';
import { findColumn } from '../../core/column-name.js';
import { csvRow } from '../../core/csv-writer.js';
import { LadderError, type Issue } from '../../core/errors.js';
import type { Framework } from '../../core/framework/schema.js';
import { cellRef, type SheetRow } from '../../core/sheet.js';
import { abandonStream, commitTemporary, temporaryPathFor } from '../../store/atomic-file.js';
import { openSheetStream, type SheetStream } from '../../store/spreadsheet/sheet-stream.js';
import { writeXlsx } from '../../store/spreadsheet/write-xlsx.js';
import { BlockPool, workerScript } from '../csv/block-pool.js';
import { resultHeaders } from '../commands/normalize-block.js';
import type { FileOptions, FileStats } from '../commands/normalize-file.js';
import { type ResultBlock, SheetResults, type SheetBlockSettings } from './sheet-results.js';
import { decodeCells, encodeCells, RESULT_CELLS, TitleBlockNormalizer } from './workbook-block.js';

export interface WorkbookOptions extends FileOptions {
  /** Rows normalized at a time, in one thread (default 250); small values exercise many blocks. */
  blockRows?: number | undefined;
  /** Bytes of XML inflated at a time (default 64 KiB); small values cut rows between pieces. */
  chunkSize?: number | undefined;
}

const BLOCK_ROWS = 250;
/** CSV text written at a time. */
const CSV_CHUNK = 1 << 16;

/**
 * `ladder normalize titles.xlsx --column Title [--sheet NAME] [--context-column Department]
 * [--jobs N] [--out out.xlsx|out.csv|-]`: reads one sheet as a stream, adds the result columns
 * to every row and writes a workbook (or CSV) as a stream too, to a temporary file renamed at
 * the end: whole or absent. Rows are normalized in blocks, spread over worker threads, and
 * written in the sheet's order; memory stays flat whatever the number of rows (see
 * src/store/spreadsheet/shared-strings.ts for what the shared strings keep).
 * A title cell that holds a date, a number or a formula without a saved result keeps its row,
 * with the problem in the normalize_error column. No written cell can start a formula.
 */
export async function normalizeWorkbook(fw: Framework, file: string, options: WorkbookOptions): Promise<FileStats> {
  const started = process.hrtime.bigint();
  boundHeapGrowth();
  const path = resolve(file);
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
  } catch {
    throw new LadderError('file-not-readable', `Cannot read ${file}: no such file`, { issues: [{ code: 'file-not-readable', file, message: 'no such file' }] });
  }
  const outPath = options.out === undefined ? join(dirname(path), `${basename(path, extname(path))}.normalized.xlsx`) : options.out === '-' ? '-' : resolve(options.out);
  if (outPath === path) throw new LadderError('normalize-usage', '--out must not be the input file');
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new LadderError('normalize-usage', `--jobs must be a whole number of at least 1, not "${String(options.jobs)}"`);

  const sheet = await openSheetStream(path, { file, sheet: options.sheet, chunkSize: options.chunkSize }).catch((e: unknown) => {
    if (e instanceof LadderError) throw e;
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new LadderError('file-not-readable', `Cannot read ${file}: ${why}`, { issues: [{ code: 'file-not-readable', file, message: why }] });
  });
  // A workbook's text is always Unicode (its XML says so); the encoding option is for text files.
  const stats: FileStats = { rows: 0, badRowCount: 0, badRows: [], seconds: 0, out: outPath, encoding: 'utf-8' };
  try {
    const col = columnOf(sheet, options.column, 'column');
    const contextCol = options.contextColumn === undefined ? -1 : columnOf(sheet, options.contextColumn, 'context-column');
    const settings: SheetBlockSettings = { col, column: options.column, context: options.context ?? 'general', contextCol };
    const headers = [...sheet.headers, ...resultHeaders(sheet.headers)];
    const rows = resultRows({ fw, sheet, settings, stats, jobs, blockRows: Math.max(1, Math.floor(options.blockRows ?? BLOCK_ROWS)), workerScript: options.workerScript });
    if (outPath !== '-' && /\.xlsx$/i.test(outPath)) await writeXlsx(outPath, [{ name: sheet.sheet, headers, rows }], { sharedStrings: false, styles: false });
    else await writeCsv(outPath, headers, rows, options.stdout);
  } finally {
    sheet.close();
  }
  for (const note of sheet.notes) process.stderr.write(`ladder: ${file}: ${note}\n`);
  stats.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return stats;
}

/**
 * Reading and writing a workbook makes garbage fast and keeps little (70-130 MB live at 1,000,000
 * rows), and V8 lets its heap grow to several times what is live before a full collection: the
 * same run peaked anywhere from 210 to 360 MB. Growing the heap by half at each collection keeps
 * the peak near 200 MB at the same speed (docs/normalizer.md). V8 reads this flag at every
 * collection; it is process-wide and also bounds the worker threads started after it.
 */
function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

function columnOf(sheet: SheetStream, name: string, field: string): number {
  const col = findColumn(sheet.headers, name);
  if (col >= 0) return col;
  const { file } = sheet;
  const names = sheet.headers.filter(Boolean).map((h) => `"${h}"`).join(', ');
  throw new LadderError('column-not-found', `${file}: the sheet "${sheet.sheet}" has no column "${name}"; its header (row ${sheet.headerLine}) has ${names || 'no columns'}`, {
    issues: [{ code: 'column-not-found', file, sheet: sheet.sheet, line: sheet.headerLine, field, value: name, message: `columns: ${names}` }],
  });
}

interface Run {
  fw: Framework;
  sheet: SheetStream;
  settings: SheetBlockSettings;
  stats: FileStats;
  jobs: number;
  blockRows: number;
  workerScript: URL | undefined;
}

/**
 * The sheet's rows with their result columns, in the sheet's order. Titles already read come
 * from the memo; the new ones are read in this thread with one job (or when the sheet is one
 * block), else in worker threads, at most two blocks a worker in flight and a few blocks
 * waiting, so memory stays flat.
 */
async function* resultRows(run: Run): AsyncGenerator<string[]> {
  const { sheet, settings, stats, jobs, blockRows } = run;
  const { col } = settings;
  const results = new SheetResults(settings);
  let pool: BlockPool<{ out: Uint8Array }> | null = null;
  let local: TitleBlockNormalizer | null = null;
  /** Blocks in the sheet's order, until written. */
  const queue: ResultBlock[] = [];
  const handle = (rows: SheetRow[], here: boolean) => {
    const block = results.prepare(rows);
    if (!block.ready && (here || jobs === 1)) results.fill(block, (local ??= new TitleBlockNormalizer(run.fw)).run(block.misses));
    else if (!block.ready) {
      pool ??= new BlockPool<{ out: Uint8Array }>(workerScript(import.meta.url, 'normalize-xlsx-worker', run.workerScript), jobs, { fw: run.fw });
      const bytes = encodeCells(block.misses);
      const own = pool.buffer(bytes.length);
      own.set(bytes);
      pool.send(own);
    }
    queue.push(block);
  };
  /** Waits for the oldest block sent to a worker; the memory of its result goes back to the pool. */
  const receive = async () => {
    const p = pool!;
    const { out } = await p.next();
    const cells = decodeCells(out);
    p.recycle(out.buffer as ArrayBuffer);
    results.fill(queue.find((b) => !b.ready)!, cells);
  };
  function* written(): Generator<string[]> {
    while (queue.length > 0 && queue[0]!.ready) {
      const { rows, results: cells } = queue.shift()!;
      for (let k = 0; k < rows.length; k++) {
        const row = rows[k]!;
        const result = cells[k]!;
        stats.rows++;
        const error = result[RESULT_CELLS - 1]!;
        if (error) {
          stats.badRowCount++;
          if (stats.badRows.length < 20) stats.badRows.push({ code: 'bad-row', file: sheet.file, sheet: sheet.sheet, line: row.line, cell: cellRef(col, row.line), message: error } as Issue);
        }
        yield [...row.cells, ...result];
      }
    }
  }
  // With more than one job, the first block waits for the second: a sheet of one block starts no worker.
  let first: SheetRow[] | null = null;
  let blocks = 0;
  try {
    for await (const batch of sheet.rows()) {
      for (let i = 0; i < batch.length; i += blockRows) {
        const block = batch.length <= blockRows ? batch : batch.slice(i, i + blockRows);
        if (jobs > 1 && blocks++ === 0) {
          first = block;
          continue;
        }
        if (first) handle(first, false);
        first = null;
        handle(block, false);
        yield* written();
        const p = pool as BlockPool<{ out: Uint8Array }> | null;
        while (p !== null && queue.length > 0 && (p.inFlight >= jobs * 2 || queue.length >= jobs * 4)) {
          await receive();
          yield* written();
        }
      }
    }
    if (first) handle(first, true);
    while (queue.length > 0) {
      if (!queue[0]!.ready) await receive();
      yield* written();
    }
  } catch (e) {
    if (e instanceof LadderError) throw e;
    throw new LadderError('normalize-internal', `Normalizing ${sheet.file} failed: ${(e as Error).message}`, { userError: false, cause: e });
  } finally {
    await (pool as BlockPool<{ out: Uint8Array }> | null)?.close();
  }
}

/** CSV text of the header and rows, 64 KB or so at a time (short-lived text: less for the garbage collector to move). */
async function* csvChunks(headers: readonly string[], rows: AsyncIterable<readonly string[]>): AsyncGenerator<string> {
  let text = `${csvRow(headers)}\n`;
  for await (const row of rows) {
    text += `${csvRow(row)}\n`;
    if (text.length >= CSV_CHUNK) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}

async function write(out: Writable, chunks: AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
}

/** CSV to standard output ("-"), or to a temporary file renamed into place at the end. */
async function writeCsv(outPath: string, headers: readonly string[], rows: AsyncIterable<readonly string[]>, stdout: Writable | undefined): Promise<void> {
  if (outPath === '-') return write(stdout ?? process.stdout, csvChunks(headers, rows));
  const tmp = temporaryPathFor(outPath);
  const out = createWriteStream(tmp);
  try {
    await once(out, 'open');
    await write(out, csvChunks(headers, rows));
    out.end();
    await once(out, 'close');
    commitTemporary(tmp, outPath);
  } catch (e) {
    throw await abandonStream(out, tmp, outPath, e);
  }
}
