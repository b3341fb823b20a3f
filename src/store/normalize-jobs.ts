import { sql, type Kysely } from 'kysely';
import type { Database, JobStatus } from './db-schema.js';
import { newId, toIso, toJson } from './values.js';

export interface JobError {
  code: string;
  message: string;
  /** 1-based data row of the uploaded CSV, when the error is about one row. */
  row?: number;
}

export interface NormalizeJob {
  id: string;
  status: JobStatus;
  column: string | null;
  processed: number;
  total: number | null;
  errors: JobError[];
  createdAt: string;
  updatedAt: string;
}

/** Errors kept per job; past that only the count goes up in the last one. */
export const MAX_JOB_ERRORS = 100;

const columns = ['id', 'status', 'column_name', 'processed', 'total', 'errors', 'created_at', 'updated_at'] as const;

/** Batch title-normalization jobs: status, progress and the result CSV. */
export class NormalizeJobRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A queued job for an uploaded CSV (kept with the job, so that any server can run it). */
  async create(column: string | null, input: Uint8Array = new Uint8Array(0), context: 'general' | 'product' = 'general'): Promise<NormalizeJob> {
    const row = await this.db
      .insertInto('normalize_jobs')
      .values({ id: newId(), status: 'queued', column_name: column, processed: 0, total: null, errors: toJson([]), result: null, input, context })
      .returning(columns)
      .executeTakeFirstOrThrow();
    return toJob(row);
  }

  async get(id: string): Promise<NormalizeJob | undefined> {
    const row = await this.db.selectFrom('normalize_jobs').select(columns).where('id', '=', id).executeTakeFirst();
    return row && toJob(row);
  }

  async update(id: string, patch: JobPatch): Promise<void> {
    await this.db
      .updateTable('normalize_jobs')
      .set({ ...patchColumns(patch), updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  }

  /** The result CSV of a finished job; undefined when there is no such job or it has not finished. */
  async result(id: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('normalize_jobs').select(['status', 'result']).where('id', '=', id).executeTakeFirst();
    return row?.status === 'done' && row.result !== null ? row.result : undefined;
  }

  /**
   * Takes the oldest job no server holds: a queued one, or a running one whose server's lease
   * ran out (that server stopped or hangs). One statement, with SKIP LOCKED, so two servers
   * asking at once get different jobs; the clock is the database's, the same for every server.
   * The job starts again from its first row.
   */
  async claim(owner: string, leaseMs: number): Promise<ClaimedJob | undefined> {
    const { rows } = await sql<{ id: string; column_name: string | null; input: Uint8Array | null; attempts: number; context: 'general' | 'product' }>`
      UPDATE normalize_jobs
      SET status = 'running', owner = ${owner}, lease_until = now() + make_interval(secs => ${leaseMs / 1000}),
          attempts = attempts + 1, processed = 0, updated_at = now()
      WHERE id = (
        SELECT id FROM normalize_jobs
        WHERE status = 'queued' OR (status = 'running' AND (lease_until IS NULL OR lease_until < now()))
        ORDER BY created_at, id
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      RETURNING id, column_name, input, attempts, context`.execute(this.db);
    const row = rows[0];
    if (!row) return undefined;
    const input = row.input ?? new Uint8Array(0);
    // A Buffer whichever the driver (pg gives one, PGlite a Uint8Array).
    return { id: row.id, column: row.column_name, input: Buffer.from(input.buffer, input.byteOffset, input.byteLength), attempts: Number(row.attempts), context: row.context };
  }

  /**
   * Writes a running job's progress (or its end) and renews the lease, only while `owner`
   * still holds the job: false when another server has taken it over, so the work is dropped.
   */
  async report(id: string, owner: string, leaseMs: number, patch: JobPatch = {}): Promise<boolean> {
    const ended = patch.status === 'done' || patch.status === 'failed' || patch.status === 'queued';
    const result = await this.db
      .updateTable('normalize_jobs')
      .set({
        ...patchColumns(patch),
        ...(ended ? { owner: null, lease_until: null, ...(patch.status === 'queued' ? { processed: 0 } : { input: null }) } : { lease_until: sql<Date>`now() + make_interval(secs => ${leaseMs / 1000})` }),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('owner', '=', owner)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Removes jobs last touched before the given time; returns how many. */
  async deleteOlderThan(before: Date): Promise<number> {
    const result = await this.db.deleteFrom('normalize_jobs').where('updated_at', '<', before).where('status', 'in', ['done', 'failed']).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

export interface JobPatch {
  status?: JobStatus;
  processed?: number;
  total?: number | null;
  errors?: JobError[];
  result?: string | null;
}

/** A job a server has claimed: what it needs to run it. */
export interface ClaimedJob {
  id: string;
  column: string | null;
  input: Buffer;
  /** 1 the first time; more when it was taken over from a server that stopped. */
  attempts: number;
  /** The context its titles are read in. */
  context: 'general' | 'product';
}

function patchColumns(patch: JobPatch) {
  return {
    ...(patch.status ? { status: patch.status } : {}),
    ...(patch.processed !== undefined ? { processed: patch.processed } : {}),
    ...(patch.total !== undefined ? { total: patch.total } : {}),
    ...(patch.errors ? { errors: toJson(patch.errors.slice(0, MAX_JOB_ERRORS)) } : {}),
    ...(patch.result !== undefined ? { result: patch.result } : {}),
  };
}

function toJob(row: { id: string; status: JobStatus; column_name: string | null; processed: number; total: number | null; errors: unknown; created_at: Date; updated_at: Date }): NormalizeJob {
  return {
    id: row.id,
    status: row.status,
    column: row.column_name,
    processed: row.processed,
    total: row.total,
    errors: Array.isArray(row.errors) ? (row.errors as JobError[]) : [],
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
