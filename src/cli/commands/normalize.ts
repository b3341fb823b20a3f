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

/**
 * Streams a CSV or TSV file through the normalizer: parses it in chunks (papaparse), writes
 * every row back with result columns added, to a temporary file renamed at the end, so the
 * output is whole or absent. Memory stays flat whatever the file's size. Rows that cannot be
 * read are kept, with the problem in the "normalize_error" column, and reported by line.
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
  const delimiter = delimiterFor(file, options.delimiter);
  const outPath = options.out === undefined ? defaultOut(path) : options.out === '-' ? '-' : resolve(options.out);
  if (outPath === path) throw usage('--out must not be the input file: the input is read while the output is written');
  const tmp = outPath === '-' ? '' : join(dirname(outPath), `.${basename(outPath)}.${process.pid}.${Date.now()}.tmp`);
  const normalize = createNormalizer(fw, { cache: CLI_CACHE });
  // The result columns of a title, as CSV text, remembered for repeated titles (bounded).
  let suffixes = new Map<string, string>();
  let older = new Map<string, string>();
  const suffix = (title: string): string => {
    let v = suffixes.get(title);
    if (v !== undefined) return v;
    v = older.get(title) ?? resultText(normalize(title), '', outDelimiter);
    if (suffixes.size >= CLI_CACHE) {
      older = suffixes;
      suffixes = new Map();
    }
    suffixes.set(title, v);
    return v;
  };
  const started = process.hrtime.bigint();
  let out: Writable;
  try {
    out = outPath === '-' ? (options.stdout ?? process.stdout) : createWriteStream(tmp, { encoding: 'utf8' });
  } catch (e) {
    throw new LadderError('file-not-writable', `Cannot write ${outPath}: ${(e as Error).message}`, { issues: [{ code: 'file-not-writable', file: outPath, message: 'unwritable' }] });
  }
  const bar = options.progress ? new cliProgress.SingleBar({ format: 'normalizing |{bar}| {percentage}% | {value}/{total} bytes | {rows} rows', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(size, 0, { rows: 0 });

  const stats: FileStats = { rows: 0, badRowCount: 0, badRows: [], seconds: 0, out: outPath };
  let header: string[] | null = null;
  let col = -1;
  let width = 0;
  let line = 1; // the physical line the next row starts on
  let newline = '\n';
  let outDelimiter = delimiter ?? ',';
  let fatal: LadderError | null = null;
  const bad = (lineNo: number, message: string) => {
    stats.badRowCount++;
    if (stats.badRows.length < 20) stats.badRows.push({ code: 'bad-row', file, line: lineNo, message });
  };
  const linesIn = (fields: string[]): number => {
    let extra = 0;
    for (let c = 0; c < fields.length; c++) {
      const f = fields[c]!;
      for (let at = f.indexOf('\n'); at !== -1; at = f.indexOf('\n', at + 1)) extra++;
    }
    return extra;
  };

  // Small chunks keep every string and row short-lived, so memory stays flat whatever the size.
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  let first = true;
  // Strip a byte-order mark at the very start.
  const source = input.pipe(
    new (await import('node:stream')).Transform({
      decodeStrings: false,
      transform(chunk: string, _enc, done) {
        if (first) {
          first = false;
          if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
        }
        done(null, chunk);
      },
    }),
  );

  await new Promise<void>((resolveDone, reject) => {
    let parserRef: Papa.Parser | null = null;
    const fail = (e: LadderError) => {
      fatal = e;
      parserRef?.abort();
    };
    Papa.parse<string[]>(source as unknown as File, {
      delimiter: delimiter ?? '',
      skipEmptyLines: false,
      chunkSize: 1 << 16,
      chunk(results, parser) {
        parserRef = parser;
        if (fatal) return;
        const lines: string[] = [];
        const rows = results.data;
        // Errors by row index within this chunk.
        const errs = new Map<number, string>();
        for (const e of results.errors) {
          if (e.type === 'Quotes') {
            const rowLine = rowLineIn(rows, e.row ?? 0, line, header === null);
            return fail(
              new LadderError('csv-malformed', `${file}:${rowLine}: ${e.code === 'MissingQuotes' ? 'a quoted field is never closed (a missing closing quote)' : 'a quote is misplaced in a field'}; fix the quoting and run again`, {
                issues: [{ code: 'csv-malformed', file, line: rowLine, message: e.message }],
              }),
            );
          }
          if (e.row !== undefined && e.type !== 'Delimiter') errs.set(e.row, e.message);
        }
        for (let r = 0; r < rows.length; r++) {
          const fields = rows[r]!;
          const rowLine = line;
          line += 1 + linesIn(fields);
          if (header === null) {
            newline = results.meta.linebreak || '\n';
            outDelimiter = results.meta.delimiter || outDelimiter;
            header = fields;
            width = fields.length;
            const want = options.column.trim().toLowerCase();
            col = fields.findIndex((h) => h.trim().toLowerCase() === want);
            if (col === -1) {
              const names = fields.map((h) => `"${h}"`).join(', ');
              return fail(
                new LadderError('column-not-found', `${file}:${rowLine}: there is no column "${options.column}"; the header has ${names || 'no columns'}`, {
                  issues: [{ code: 'column-not-found', file, line: rowLine, field: 'column', value: options.column, message: `columns: ${names}` }],
                }),
              );
            }
            const taken = new Set(fields.map((h) => h.trim().toLowerCase()));
            const added = RESULT_COLUMNS.map((c) => (taken.has(c) ? `normalized_${c}` : c));
            lines.push([...fields, ...added].map((v) => cell(v, outDelimiter)).join(outDelimiter));
            continue;
          }
          // A blank last line is the end of the file, not a row.
          if (fields.length === 1 && fields[0] === '' && r === rows.length - 1) continue;
          stats.rows++;
          let error = errs.size > 0 ? (errs.get(r) ?? '') : '';
          if (fields.length !== width) {
            error = `${fields.length} fields where the header has ${width}${fields.length > width ? ' (the extra ones are kept at the end of the row)' : ''}${error ? `; ${error}` : ''}`;
          }
          let title: string | null = null;
          if (col < fields.length) {
            title = fields[col]!;
            if (!error && (title.length === 0 || (title.charCodeAt(0) <= 32 && title.trim() === ''))) error = `the "${options.column}" cell is empty`;
          } else if (!error) error = `no "${options.column}" cell in this row`;
          if (error) bad(rowLine, error);
          // Result columns stay aligned under their header: a short row is padded, and the extra
          // cells of a long row are kept after the result columns (never dropped).
          let row = '';
          for (let c = 0; c < width; c++) row += c < fields.length ? `${cell(fields[c]!, outDelimiter)}${outDelimiter}` : outDelimiter;
          if (!error && title !== null) row += suffix(title);
          else row += resultText(title === null ? null : normalize(title), error, outDelimiter);
          for (let c = width; c < fields.length; c++) row += `${outDelimiter}${cell(fields[c]!, outDelimiter)}`;
          lines.push(row);
        }
        bar?.update(Math.min(size, results.meta.cursor ?? 0), { rows: stats.rows });
        // One flat string per chunk: cheaper to encode than a long chain of concatenations.
        const text = lines.length > 0 ? lines.join(newline) + newline : '';
        if (text && !out.write(text)) {
          parser.pause();
          out.once('drain', () => parser.resume());
        }
      },
      complete() {
        resolveDone();
      },
      error(err: Error) {
        if (err instanceof LadderError) reject(err);
        else if ((err as NodeJS.ErrnoException).code) reject(new LadderError('file-not-readable', `Cannot read ${file}: ${err.message}`, { issues: [{ code: 'file-not-readable', file, message: err.message }] }));
        else reject(new LadderError('normalize-internal', `Normalizing ${file} failed: ${err.message}`, { userError: false, cause: err }));
      },
    });
  }).finally(() => bar?.stop());

  const cleanup = () => {
    if (tmp) rmSync(tmp, { force: true });
  };
  if (fatal) {
    if (outPath !== '-') await new Promise<void>((r) => (out as import('node:fs').WriteStream).close(() => r()));
    cleanup();
    throw fatal;
  }
  if (header === null) {
    if (outPath !== '-') await new Promise<void>((r) => (out as import('node:fs').WriteStream).close(() => r()));
    cleanup();
    throw new LadderError('csv-empty', `${file}:1: the file is empty; it needs a header row naming the columns`, { issues: [{ code: 'csv-empty', file, line: 1, message: 'empty file' }] });
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
      cleanup();
      throw new LadderError('file-not-writable', `Cannot write ${outPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { issues: [{ code: 'file-not-writable', file: outPath, message: 'unwritable' }] });
    }
  }
  stats.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return stats;
}

/** The physical line of row `index` of a chunk that starts at `line` (rows may span lines). */
function rowLineIn(rows: string[][], index: number, line: number, headerPending: boolean): number {
  let at = line;
  for (let r = 0; r < index && r < rows.length; r++) {
    at++;
    for (const f of rows[r]!) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) at++;
  }
  void headerPending;
  return at;
}
