import { existsSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { BAND_NAMES } from '../../core/framework/schema.js';
import { createNormalizer, TitleContext, type Normalizer } from '../../core/normalize/index.js';
import type { NormalizedTitle } from '../../core/normalize/result.js';
import { frameworkFor, wantsJson } from '../context.js';
import { normalizeFile, usage } from './normalize-file.js';
import { ENCODING_NAMES, encodingNamed, lineOf, MixedEncodingError, mixedEncodingError, TEXT_ENCODINGS, Utf8Pieces, type TextEncodingName } from '../../store/text-encoding.js';

// The file mode's entry points, where callers (bench/normalize-bulk.ts) have always found them.
export { normalizeFile, RESULT_COLUMNS, type FileOptions, type FileStats } from './normalize-file.js';

/** Results remembered by the CLI: HR files repeat titles, and the cache is bounded. */
const CLI_CACHE = 20_000;

interface NormalizeOptions {
  jsonl?: boolean;
  json?: boolean;
  column?: string;
  out?: string;
  delimiter?: string;
  sheet?: string;
  progress?: boolean;
  jobs?: string;
  encoding?: string;
  context?: string;
  contextColumn?: string;
}

/** `ladder normalize`: one title, titles on stdin (JSONL), or a CSV/TSV file of any size. */
export function register(program: Command): void {
  program
    .command('normalize')
    .description('read job titles: product family, framework role, band, track, specialties and why')
    .argument('[inputs...]', 'a title (quote it), or a CSV, TSV, JSON Lines (.jsonl) or XLSX file with --column')
    .option('--jsonl', 'read titles from standard input, one per line; write one JSON object per line, in order')
    .option('--context <context>', 'general (default): a mixed list of postings, where "Senior PM" is ambiguous; product: a product organisation, where "Senior PM", "PO" or "PMM" is a product role')
    .option('--column <name>', 'the column of FILE that holds the titles (for a .jsonl file: the key)')
    .option('--out <file>', 'where to write the file with result columns added (default: FILE.normalized.csv, or .xlsx for a spreadsheet, beside it; "-" for standard output)')
    .option('--delimiter <char>', 'the field separator of FILE (default: from the extension, .tsv is a tab, else detected)')
    .option('--jobs <n>', 'worker threads for FILE (default: the number of cores)')
    .option('--encoding <name>', 'the text encoding of FILE (default: told by its bytes: UTF-8, UTF-16 or Windows-1252); other code pages by name: windows-1250, windows-1251, shift_jis, gb18030, big5, euc-kr, … (the output is UTF-8)')
    .option('--context-column <name>', 'the column of FILE naming each row\'s department: a product department ("Product", "Produkt", "Product & Design") reads the title in the product context')
    .option('--sheet <name>', 'the sheet of an XLSX file (default: the first)')
    .option('--no-progress', 'no progress bar (it is only shown when standard error is a terminal)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Examples:
  ladder normalize "Sr. Prodcut Manger, Payments - Remote"
  ladder normalize --context product "Sr. PM"
  ladder normalize --jsonl < titles.txt > titles.jsonl
  ladder normalize people.csv --column "Job Title" --out people.normalized.csv
  ladder normalize roster.csv --column title --context-column department --jobs 4`,
    )
    .action(async (inputs: string[], opts: NormalizeOptions, cmd: Command) => {
      const fw = frameworkFor(cmd);
      const context = contextOption(opts.context);
      if (opts.jsonl) {
        if (inputs.length > 0) throw usage('--jsonl reads titles from standard input; give no title or file with it');
        await jsonl(createNormalizer(fw, { cache: CLI_CACHE, context }), process.stdin, process.stdout);
        return;
      }
      if (opts.column !== undefined) {
        if (inputs.length !== 1) throw usage('give exactly one CSV, TSV or JSON Lines file with --column, e.g. ladder normalize people.csv --column title');
        const file = inputs[0]!;
        const stats = await normalizeFile(fw, file, {
          column: opts.column,
          out: opts.out,
          delimiter: opts.delimiter,
          sheet: opts.sheet,
          progress: opts.progress !== false && Boolean(process.stderr.isTTY),
          jobs: opts.jobs === undefined ? undefined : jobsOf(opts.jobs),
          context,
          contextColumn: opts.contextColumn,
          encoding: opts.encoding === undefined ? undefined : encodingOf(opts.encoding),
        });
        const where = stats.out === '-' ? 'standard output' : stats.out;
        if (stats.encoding !== 'utf-8') process.stderr.write(`ladder: ${file} was read as ${ENCODING_NAMES[stats.encoding]} text; the output is UTF-8\n`);
        process.stderr.write(
          `ladder: ${stats.rows} rows normalized in ${stats.seconds.toFixed(2)} s (${Math.round(stats.rows / Math.max(stats.seconds, 1e-9)).toLocaleString('en-US')} rows/s), written to ${where}\n`,
        );
        if (stats.badRows.length > 0) {
          process.stderr.write(`ladder: ${stats.badRowCount} bad row${stats.badRowCount === 1 ? '' : 's'} kept with their error in the "normalize_error" column:\n`);
          for (const b of stats.badRows) process.stderr.write(`  - ${b.file}:${b.sheet ? `[${b.sheet}] row ` : ''}${b.line}: ${b.message}\n`);
          if (stats.badRowCount > stats.badRows.length) process.stderr.write(`  … and ${stats.badRowCount - stats.badRows.length} more\n`);
        }
        return;
      }
      if (inputs.length === 0) throw usage('give a title, e.g. ladder normalize "Senior Product Manager", or --jsonl to read standard input');
      const title = inputs.join(' ');
      if (inputs.length === 1 && looksLikeFile(title)) {
        throw usage(`"${title}" looks like a file: add --column NAME to normalize its titles, or quote a title`);
      }
      const result = createNormalizer(fw, { context })(title);
      if (wantsJson(cmd)) process.stdout.write(`${JSON.stringify({ title, ...result }, null, 2)}\n`);
      else process.stdout.write(readable(title, result));
    });
}

function encodingOf(v: string): TextEncodingName {
  const e = encodingNamed(v);
  if (e === null) throw usage(`--encoding must be one of ${TEXT_ENCODINGS.join(', ')}, not "${v}"`);
  return e;
}

function jobsOf(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < 1) throw usage(`--jobs must be a whole number of at least 1, not "${v}"`);
  return n;
}

/** The --context option: general (the default) or product. */
export function contextOption(value: string | undefined): TitleContext {
  if (value === undefined) return 'general';
  const parsed = TitleContext.safeParse(value.trim().toLowerCase());
  if (!parsed.success) throw usage(`--context must be "general" or "product", not "${value}"`);
  return parsed.data;
}

function looksLikeFile(s: string): boolean {
  return /\.(csv|tsv|txt|jsonl|ndjson)$/i.test(s) && existsSync(s);
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
  row('context', r.context);
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
    context: r.context,
  });
}

/** Reads titles line by line and writes one JSON line each, in order, with back-pressure. */
export async function jsonl(normalize: Normalizer, input: Readable, output: Writable): Promise<number> {
  let rest = '';
  let count = 0;
  const emit = async (text: string) => {
    if (!output.write(text)) await new Promise<void>((r) => output.once('drain', () => r()));
  };
  // Titles piped from a file saved as UTF-16 or Windows-1252 read as they were written.
  const text = new Utf8Pieces();
  let bytes = 0;
  let line = 1;
  const decode = (chunk: Buffer | null): string => {
    try {
      return (chunk === null ? text.end() : text.push(chunk)).toString('utf8');
    } catch (e) {
      if (!(e instanceof MixedEncodingError)) throw e;
      const before = chunk === null ? 0 : lineOf(chunk, e.at - bytes) - 1;
      throw mixedEncodingError('standard input', line + before, chunk?.[e.at - bytes] ?? 0);
    }
  };
  for await (const piece of input as AsyncIterable<string | Buffer>) {
    let chunk: string;
    if (typeof piece === 'string') chunk = piece;
    else {
      chunk = decode(piece);
      bytes += piece.length;
      for (let i = piece.indexOf(10); i !== -1; i = piece.indexOf(10, i + 1)) line++;
    }
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
  rest += decode(null);
  if (rest.length > 0) {
    const title = rest.endsWith('\r') ? rest.slice(0, -1) : rest;
    await emit(`${jsonLine(title, normalize(title))}\n`);
    count++;
  }
  return count;
}
