import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { Readable, Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import type { FastifyBaseLogger } from 'fastify';
import { columnKey, findColumn } from '../core/column-name.js';
import { toCsv } from '../core/csv-writer.js';
import { LineEndUnifier } from '../core/line-ends.js';
import type { Store } from '../store/index.js';
import { utf8File } from '../store/text-encoding.js';
import { LadderError } from '../core/errors.js';
import type { ClaimedJob, JobError, JobPatch, NormalizeJob } from '../store/normalize-jobs.js';
import type { TitleContext } from '../core/normalize/index.js';
import type { Normalize } from './normalizer.js';

/** Rows a job may have. */
export const MAX_JOB_ROWS = 1_000_000;
/** Columns the result adds to each row of the uploaded CSV. */
export const RESULT_COLUMNS = ['normalized_role_id', 'normalized_title', 'normalized_family', 'normalized_level', 'normalized_track', 'normalized_confidence'] as const;
/** Finished jobs are kept this long. */
const KEEP_JOBS_MS = 24 * 60 * 60 * 1000;

export interface JobRunnerOptions {
  /** How long a claimed job stays this server's without a renewal (default 30 s). */
  leaseMs?: number;
  /** How often to look for jobs to run (default 1 s); a job uploaded here starts at once. */
  pollMs?: number;
}

/** Thrown inside a job when this server no longer holds it. */
class LostJob extends Error {}

/**
 * Batch title normalization: an uploaded CSV is stored with its job in the database; a server
 * claims the job (any server on the same database: see NormalizeJobRepository.claim), reads the
 * file row by row, normalizes each title and stores the result CSV (the input with
 * RESULT_COLUMNS added). Each server runs one job at a time, renews its lease while it runs,
 * and takes over jobs whose server stopped once their lease runs out. Progress is written as it
 * goes; every write is fenced by the lease, so a job's result is written once.
 */
export class JobRunner {
  #stopping = false;
  #draining: Promise<void> | null = null;
  #timer: NodeJS.Timeout | null = null;
  #running = 0;
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  readonly leaseMs: number;
  readonly pollMs: number;

  constructor(
    private readonly store: Store,
    /** The normalizer of a context (jobs name theirs; "general" by default). */
    private readonly normalizerIn: (context: TitleContext) => Normalize,
    private readonly log: FastifyBaseLogger,
    options: JobRunnerOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollMs = options.pollMs ?? 1_000;
    // Polling finds jobs uploaded to other servers and jobs whose server stopped.
    this.#timer = setInterval(() => void this.kick(), this.pollMs);
    this.#timer.unref();
  }

  /** Stores a job for a spooled CSV file (deleted here once stored) and starts running jobs. */
  async submit(file: string, column: string | null, context: TitleContext = 'general'): Promise<NormalizeJob> {
    if (this.#stopping) throw new Error('the job runner is stopping');
    let job: NormalizeJob;
    try {
      job = await this.store.jobs.create(column, await readFile(file), context);
    } finally {
      await rm(file, { force: true }).catch(() => {});
    }
    void this.kick();
    this.store.jobs.deleteOlderThan(new Date(Date.now() - KEEP_JOBS_MS)).catch(() => {});
    return job;
  }

  /** Runs jobs until none is left to claim (one pass at a time). */
  kick(): Promise<void> {
    this.#draining ??= this.drain().finally(() => {
      this.#draining = null;
    });
    return this.#draining;
  }

  /** Resolves when this server finds no job left to run. */
  async idle(): Promise<void> {
    await this.kick();
    // A job stored while the last pass was ending is run by one more pass.
    await this.kick();
  }

  /** Jobs running here now (0 or 1). */
  get pending(): number {
    return this.#running;
  }

  /** Stops taking jobs; the running one stops at its next batch and goes back to the queue. */
  async stop(): Promise<void> {
    this.#stopping = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.#draining;
  }

  private async drain(): Promise<void> {
    while (!this.#stopping) {
      let claimed: ClaimedJob | undefined;
      try {
        claimed = await this.store.jobs.claim(this.owner, this.leaseMs);
      } catch (e) {
        if (!this.#stopping) this.log.error({ err: e }, 'could not look for normalize jobs');
        return;
      }
      if (!claimed) return;
      await this.runClaimed(claimed);
    }
  }

  private async runClaimed(job: ClaimedJob): Promise<void> {
    this.#running++;
    if (job.attempts > 1) this.log.warn({ job: job.id, attempts: job.attempts }, 'taking over a normalize job whose server stopped');
    let lost = false;
    let renewed = Date.now();
    const report = async (patch: JobPatch = {}) => {
      if (lost || !(await this.store.jobs.report(job.id, this.owner, this.leaseMs, patch))) {
        lost = true;
        throw new LostJob();
      }
      renewed = Date.now();
    };
    // Called every batch of rows: stops when asked to, and renews the lease well before it
    // runs out (a timer would not fire while the rows keep the thread busy).
    const check = async () => {
      if (this.#stopping) throw new Error('stopping');
      if (Date.now() - renewed > this.leaseMs / 3) await report();
    };
    try {
      await this.run(job, report, check);
    } catch (e) {
      if (e instanceof LostJob) this.log.warn({ job: job.id }, 'another server took this normalize job over; dropping this run');
      else if (this.#stopping) {
        // Back to the queue: another server (or this one, started again) runs it.
        await this.store.jobs.report(job.id, this.owner, this.leaseMs, { status: 'queued' }).catch(() => {});
      } else {
        this.log.error({ err: e, job: job.id }, 'normalize job failed');
        await this.store.jobs.report(job.id, this.owner, this.leaseMs, { status: 'failed', errors: [{ code: 'internal', message: 'the job failed on the server' }] }).catch(() => {});
      }
    } finally {
      this.#running--;
    }
  }

  private async run(job: ClaimedJob, report: (patch?: JobPatch) => Promise<void>, check: () => Promise<void>): Promise<void> {
    const { column } = job;
    const normalize = this.normalizerIn(job.context);
    // The text as UTF-8, whatever the file was saved in (UTF-16, Windows-1252).
    let input: Buffer;
    try {
      input = utf8File(job.input, null).bytes;
    } catch (e) {
      if (!(e instanceof LadderError)) throw e;
      await report({ status: 'failed', total: 0, errors: [{ code: e.code, message: e.message }] });
      return;
    }
    const total = await countRows(pieces(input), check);
    if (total === 0) {
      await report({ status: 'failed', total: 0, errors: [{ code: 'empty-file', message: 'the file has no header row' }] });
      return;
    }
    if (total - 1 > MAX_JOB_ROWS) {
      await report({ status: 'failed', total: total - 1, errors: [{ code: 'too-many-rows', message: `a job takes at most ${MAX_JOB_ROWS.toLocaleString('en')} rows; split the file` }] });
      return;
    }
    await report({ total: total - 1 });

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

    for await (const row of parseRows(pieces(input))) {
      if (!header) {
        header = row.map((h) => h.trim());
        index = pickColumn(header, column);
        if (index < 0) {
          await report({
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
        await check();
        if (Date.now() - lastWrite > 250) {
          await report({ processed });
          lastWrite = Date.now();
        }
      }
    }
    flush();
    await report({ status: 'done', processed, total: processed, errors, result: out.join('') });
  }
}

/** The column holding titles: the one named, else one called "title" or "job title", else one containing "title", else the first. */
export function pickColumn(header: string[], column: string | null): number {
  if (column) return findColumn(header, column);
  const exact = header.findIndex((h) => ['title', 'job title', 'jobtitle', 'position', 'role'].includes(columnKey(h)));
  if (exact >= 0) return exact;
  const containing = header.findIndex((h) => columnKey(h).includes('title'));
  return containing >= 0 ? containing : 0;
}

/** CSV rows as arrays of strings, streamed; blank lines skipped. */
async function* parseRows(input: Readable): AsyncGenerator<string[]> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: 'greedy' });
  input.on('error', (e) => parser.destroy(e));
  input.pipe(unifiedLineEnds()).pipe(parser);
  for await (const row of parser) yield row as string[];
}

async function countRows(input: Readable, check: () => Promise<void>): Promise<number> {
  let n = 0;
  for await (const _ of parseRows(input)) if (++n % 1000 === 0) await check();
  return n;
}

/** Every "\r\n", "\n" and lone "\r" as "\n" (see core/line-ends.ts), as the text streams. */
function unifiedLineEnds(): Transform {
  const unifier = new LineEndUnifier();
  const decoder = new StringDecoder('utf8');
  return new Transform({
    decodeStrings: false,
    writableObjectMode: true,
    encoding: 'utf8',
    transform(chunk: Buffer | string, _enc, done) {
      done(null, unifier.push(typeof chunk === 'string' ? chunk : decoder.write(chunk)));
    },
    flush(done) {
      done(null, unifier.push(decoder.end()) + unifier.end());
    },
  });
}

/** The stored file as a stream of 64 KiB pieces: the parser then never holds the thread for long. */
function pieces(input: Buffer): Readable {
  const PIECE = 1 << 16;
  return Readable.from(
    (function* () {
      for (let at = 0; at < input.length; at += PIECE) yield input.subarray(at, at + PIECE);
    })(),
  );
}
