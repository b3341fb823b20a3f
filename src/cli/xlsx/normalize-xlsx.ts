import { once } from 'node:events';
import { closeSync, createWriteStream, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { csvRow } from '../../core/csv-writer.js';
import { LadderError, type Issue } from '../../core/errors.js';
import type { Framework } from '../../core/framework/schema.js';
import { cellRef, type SheetRow } from '../../core/sheet.js';
import { temporaryPathFor } from '../../store/atomic-file.js';
import { openSheetStream, type SheetStream } from '../../store/spreadsheet/sheet-stream.js';
import { writeXlsx } from '../../store/spreadsheet/write-xlsx.js';
import { BlockPool } from '../csv/block-pool.js';
import { RESULT_COLUMNS } from '../commands/normalize-block.js';
import type { FileOptions, FileStats } from '../commands/normalize-file.js';
import { decodeCells, encodeCells, INPUT_CELLS, RESULT_CELLS, SheetBlockNormalizer, type SheetBlockSettings } from './workbook-block.js';

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
  const stats: FileStats = { rows: 0, badRowCount: 0, badRows: [], seconds: 0, out: outPath };
  try {
    const col = columnOf(sheet, options.column, 'column');
    const contextCol = options.contextColumn === undefined ? -1 : columnOf(sheet, options.contextColumn, 'context-column');
    const settings: SheetBlockSettings = { col, column: options.column, context: options.context ?? 'general', contextCol };
    const taken = new Set(sheet.headers.map((h) => h.trim().toLowerCase()));
    const headers = [...sheet.headers, ...RESULT_COLUMNS.map((c) => (taken.has(c) ? `normalized_${c}` : c))];
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

function columnOf(sheet: SheetStream, name: string, field: string): number {
  const want = name.trim().toLowerCase();
  const col = sheet.headers.findIndex((h) => h.trim().toLowerCase() === want);
  if (col >= 0) return col;
  const { file } = sheet;
  const names = sheet.headers.filter(Boolean).map((h) => `"${h}"`).join(', ');
  throw new LadderError('column-not-found', `${file}: the sheet "${sheet.sheet}" has no column "${name}"; its header (row ${sheet.headerLine}) has ${names || 'no columns'}`, {
    issues: [{ code: 'column-not-found', file, sheet: sheet.sheet, line: sheet.headerLine, field, value: name, message: `columns: ${names}` }],
  });
}

/**
 * The worker script: the one-file build beside this file (scripts/build-worker.mjs), else its
 * module; in development (TypeScript sources) loaded through tsx.
 */
function workerScript(given: URL | undefined): URL | string {
  if (given) return given;
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const bundle = new URL('./normalize-xlsx-worker.cjs', here);
    return existsSync(bundle) ? bundle : new URL('./normalize-xlsx-worker.js', here);
  }
  const script = new URL('./normalize-xlsx-worker.ts', here).href;
  return `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`;
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
 * The sheet's rows with their result columns, in the sheet's order: normalized in this thread
 * with one job (or when the sheet is one block), else in worker threads, at most two blocks a
 * worker in flight, so memory stays flat.
 */
async function* resultRows(run: Run): AsyncGenerator<string[]> {
  const { sheet, settings, stats, jobs, blockRows } = run;
  const { col, contextCol } = settings;
  let pool: BlockPool<{ out: Uint8Array }> | null = null;
  const waiting: SheetRow[][] = [];
  let blocks = 0;
  const inputOf = (block: readonly SheetRow[]): string[] => {
    const input: string[] = [];
    for (const r of block) input.push(r.cells[col] ?? '', r.kinds?.[col] ?? '', contextCol >= 0 ? (r.cells[contextCol] ?? '') : '', String(r.line));
    return input;
  };
  const send = (p: BlockPool<{ out: Uint8Array }>, block: SheetRow[]) => {
    const bytes = encodeCells(inputOf(block));
    const own = p.buffer(bytes.length);
    own.set(bytes);
    p.send(own);
    waiting.push(block);
  };
  /** The next block's result cells; its memory goes back to the pool for a later result. */
  const taken = async (p: BlockPool<{ out: Uint8Array }>): Promise<string[]> => {
    const { out } = await p.next();
    const cells = decodeCells(out);
    p.recycle(out.buffer as ArrayBuffer);
    return cells;
  };
  function* joined(block: readonly SheetRow[], results: readonly string[]): Generator<string[]> {
    if (results.length !== block.length * RESULT_CELLS) throw new Error(`a block of ${block.length} rows came back with ${results.length / RESULT_CELLS} results`);
    for (let k = 0; k < block.length; k++) {
      const row = block[k]!;
      const result = results.slice(k * RESULT_CELLS, (k + 1) * RESULT_CELLS);
      stats.rows++;
      const error = result[RESULT_CELLS - 1]!;
      if (error) {
        stats.badRowCount++;
        if (stats.badRows.length < 20) stats.badRows.push({ code: 'bad-row', file: sheet.file, sheet: sheet.sheet, line: row.line, cell: cellRef(col, row.line), message: error } as Issue);
      }
      yield [...row.cells, ...result];
    }
  }
  let local: SheetBlockNormalizer | null = null;
  const here = (block: readonly SheetRow[]) => joined(block, (local ??= new SheetBlockNormalizer(run.fw, settings)).run(inputOf(block)));
  // With more than one job, the first block waits for the second: a sheet of one block starts no worker.
  let first: SheetRow[] | null = null;
  try {
    for await (const batch of sheet.rows()) {
      for (let i = 0; i < batch.length; i += blockRows) {
        const block = batch.length <= blockRows ? batch : batch.slice(i, i + blockRows);
        if (jobs === 1) {
          yield* here(block);
          continue;
        }
        if (blocks++ === 0) {
          first = block;
          continue;
        }
        if (pool === null) {
          pool = new BlockPool<{ out: Uint8Array }>(workerScript(run.workerScript), jobs, { fw: run.fw, settings });
          send(pool, first!);
          first = null;
        }
        send(pool, block);
        while (pool.inFlight >= jobs * 2) yield* joined(waiting.shift()!, await taken(pool));
      }
    }
    if (first) yield* here(first);
    const p = pool as BlockPool<{ out: Uint8Array }> | null;
    while (p !== null && p.inFlight > 0) yield* joined(waiting.shift()!, await taken(p));
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
    const fd = openSync(tmp, 'r+');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, outPath);
  } catch (e) {
    if (!out.closed) {
      out.destroy();
      await once(out, 'close').catch(() => {});
    }
    rmSync(tmp, { force: true });
    if (e instanceof LadderError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new LadderError('file-not-writable', `Cannot write ${outPath}: ${code ?? (e as Error).message}`, { issues: [{ code: 'file-not-writable', file: outPath, message: code ?? 'unwritable' }] });
  }
}
