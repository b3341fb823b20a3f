import type { Kysely } from 'kysely';
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

  async create(column: string | null): Promise<NormalizeJob> {
    const row = await this.db
      .insertInto('normalize_jobs')
      .values({ id: newId(), status: 'queued', column_name: column, processed: 0, total: null, errors: toJson([]), result: null })
      .returning(columns)
      .executeTakeFirstOrThrow();
    return toJob(row);
  }

  async get(id: string): Promise<NormalizeJob | undefined> {
    const row = await this.db.selectFrom('normalize_jobs').select(columns).where('id', '=', id).executeTakeFirst();
    return row && toJob(row);
  }

  async update(id: string, patch: { status?: JobStatus; processed?: number; total?: number | null; errors?: JobError[]; result?: string | null }): Promise<void> {
    await this.db
      .updateTable('normalize_jobs')
      .set({
        ...(patch.status ? { status: patch.status } : {}),
        ...(patch.processed !== undefined ? { processed: patch.processed } : {}),
        ...(patch.total !== undefined ? { total: patch.total } : {}),
        ...(patch.errors ? { errors: toJson(patch.errors.slice(0, MAX_JOB_ERRORS)) } : {}),
        ...(patch.result !== undefined ? { result: patch.result } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
  }

  /** The result CSV of a finished job; undefined when there is no such job or it has not finished. */
  async result(id: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('normalize_jobs').select(['status', 'result']).where('id', '=', id).executeTakeFirst();
    return row?.status === 'done' && row.result !== null ? row.result : undefined;
  }

  /** Jobs a stopped process left unfinished are failed, so no client waits on them for ever. */
  async failUnfinished(): Promise<number> {
    const result = await this.db
      .updateTable('normalize_jobs')
      .set({ status: 'failed', errors: toJson([{ code: 'interrupted', message: 'the server stopped before the job finished; upload the file again' }]), updated_at: new Date() })
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Removes jobs last touched before the given time; returns how many. */
  async deleteOlderThan(before: Date): Promise<number> {
    const result = await this.db.deleteFrom('normalize_jobs').where('updated_at', '<', before).where('status', 'in', ['done', 'failed']).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
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
