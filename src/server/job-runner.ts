import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import Papa from 'papaparse';
import type { FastifyBaseLogger } from 'fastify';
import { toCsv } from '../core/csv-writer.js';
import { LineEndUnifier } from '../core/line-ends.js';
import type { Store } from '../store/index.js';
import type { JobError, NormalizeJob } from '../store/normalize-jobs.js';
import type { TitleContext } from '../core/normalize/index.js';
import type { Normalize } from './normalizer.js';

/** Rows a job may have. */
export const MAX_JOB_ROWS = 1_000_000;
/** Columns the result adds to each row of the uploaded CSV. */
export const RESULT_COLUMNS = ['normalized_role_id', 'normalized_title', 'normalized_family', 'normalized_level', 'normalized_track', 'normalized_confidence'] as const;
/** Finished jobs are kept this long. */
const KEEP_JOBS_MS = 24 * 60 * 60 * 1000;

/**
 * Batch title normalization: an uploaded CSV (spooled to a file as it streams in) is read row by
 * row, each title normalized, and the result CSV (the input with RESULT_COLUMNS added) stored with
 * the job. Jobs run one at a time in the background; progress is written as they go.
 */
export class JobRunner {
  #queue: Promise<void> = Promise.resolve();
  #stopping = false;
  #pending = 0;

  constructor(
    private readonly store: Store,
    /** The normalizer of a context (jobs name theirs; "general" by default). */
    private readonly normalizerIn: (context: TitleContext) => Normalize,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Creates a job for a spooled CSV file and queues it; the file is deleted when the job ends. */
  async submit(file: string, column: string | null, context: TitleContext = 'general'): Promise<NormalizeJob> {
    if (this.#stopping) throw new Error('the job runner is stopping');
    const job = await this.store.jobs.create(column);
    this.#pending++;
    this.#queue = this.#queue.then(async () => {
      try {
        await this.run(job.id, file, column, this.normalizerIn(context));
      } catch (e) {
        this.log.error({ err: e, job: job.id }, 'normalize job failed');
        await this.store.jobs
          .update(job.id, { status: 'failed', errors: [{ code: this.#stopping ? 'interrupted' : 'internal', message: this.#stopping ? 'the server stopped before the job finished; upload the file again' : 'the job failed on the server' }] })
          .catch(() => {});
      } finally {
        this.#pending--;
        await rm(file, { force: true }).catch(() => {});
      }
    });
    this.store.jobs.deleteOlderThan(new Date(Date.now() - KEEP_JOBS_MS)).catch(() => {});
    return job;
  }

  /** Resolves when every queued job has ended. */
  idle(): Promise<void> {
    return this.#queue;
  }

  get pending(): number {
    return this.#pending;
  }

  /** Stops taking jobs; the running one ends at its next batch and is marked failed. */
  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#queue;
  }

  private async run(id: string, file: string, column: string | null, normalize: Normalize): Promise<void> {
    const total = await countRows(createReadStream(file));
    if (total === 0) {
      await this.store.jobs.update(id, { status: 'failed', total: 0, errors: [{ code: 'empty-file', message: 'the file has no header row' }] });
      return;
    }
    if (total - 1 > MAX_JOB_ROWS) {
      await this.store.jobs.update(id, { status: 'failed', total: total - 1, errors: [{ code: 'too-many-rows', message: `a job takes at most ${MAX_JOB_ROWS.toLocaleString('en')} rows; split the file` }] });
      return;
    }
    await this.store.jobs.update(id, { status: 'running', total: total - 1 });

    const errors: JobError[] = [];
    const out: string[] = [];
    let header: string[] | undefined;
    let index = -1;
    let processed = 0;
    let batch: string[][] = [];
    let lastWrite = Date.now();
    const flush = () => {
      if (batch.length) out.push(toCsv(batch));
      batch = [];
    };

    for await (const row of parseRows(createReadStream(file))) {
      if (!header) {
        header = row.map((h) => h.trim());
        index = pickColumn(header, column);
        if (index < 0) {
          await this.store.jobs.update(id, {
            status: 'failed',
            errors: [{ code: 'column-not-found', message: `no column "${column}" in the header (columns: ${header.join(', ')})` }],
          });
          return;
        }
        batch.push([...header, ...RESULT_COLUMNS]);
        continue;
      }
      processed++;
      // A NUL cannot be stored: the row keeps its cells without it and is marked; the job goes on.
      const broken = row.some((c) => c.includes('\u0000'));
      const cells = header.map((_, i) => (broken ? (row[i] ?? '').replaceAll('\u0000', '') : (row[i] ?? '')));
      const title = broken ? '' : (row[index] ?? '').trim();
      if (broken) {
        if (errors.length < 100) errors.push({ code: 'invalid-characters', message: 'the row has a NUL character; it was removed and the row not normalized', row: processed });
        batch.push([...cells, '', '', '', '', '', '']);
      } else if (!title) {
        if (errors.length < 100) errors.push({ code: 'empty-title', message: 'the title cell is empty', row: processed });
        batch.push([...cells, '', '', '', '', '', '']);
      } else {
        const n = normalize(title);
        batch.push([...cells, n.roleId ?? '', n.canonicalTitle ?? '', n.family ?? '', n.level === null ? '' : String(n.level), n.track ?? '', n.confidence.toFixed(2)]);
      }
      if (batch.length >= 1000) {
        flush();
        if (this.#stopping) throw new Error('stopping');
        if (Date.now() - lastWrite > 250) {
          await this.store.jobs.update(id, { processed });
          lastWrite = Date.now();
        }
      }
    }
    flush();
    await this.store.jobs.update(id, { status: 'done', processed, total: processed, errors, result: out.join('') });
  }
}

/** The column holding titles: the one named, else one called "title" or "job title", else one containing "title", else the first. */
export function pickColumn(header: string[], column: string | null): number {
  const key = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (column) return header.findIndex((h) => key(h) === key(column));
  const exact = header.findIndex((h) => ['title', 'job title', 'jobtitle', 'position', 'role'].includes(key(h)));
  if (exact >= 0) return exact;
  const containing = header.findIndex((h) => key(h).includes('title'));
  return containing >= 0 ? containing : 0;
}

/** CSV rows as arrays of strings, streamed; blank lines skipped. */
async function* parseRows(input: Readable): AsyncGenerator<string[]> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: 'greedy' });
  input.on('error', (e) => parser.destroy(e));
  input.setEncoding('utf8');
  input.pipe(unifiedLineEnds()).pipe(parser);
  for await (const row of parser) yield row as string[];
}

async function countRows(input: Readable): Promise<number> {
  let n = 0;
  for await (const _ of parseRows(input)) n++;
  return n;
}

/** Every "\r\n", "\n" and lone "\r" as "\n" (see core/line-ends.ts), as the text streams. */
function unifiedLineEnds(): Transform {
  const unifier = new LineEndUnifier();
  return new Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk: string, _enc, done) {
      done(null, unifier.push(chunk));
    },
    flush(done) {
      done(null, unifier.end());
    },
  });
}
