import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { LadderError } from '../core/errors.js';

/**
 * The schema's history, in code: one entry per change, never edited once released.
 * Names sort in the order they run.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('workspaces')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('owner', 'editor', 'viewer')`))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('label', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('api_tokens_workspace').on('api_tokens').column('workspace_id').execute();

      await db.schema
        .createTable('workspace_frameworks')
        .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();

      await db.schema
        .createTable('roster_snapshots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('people_count', 'integer', (c) => c.notNull())
        .addColumn('rejected_rows', 'jsonb', (c) => c.notNull())
        .addColumn('meta', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('roster_snapshots_workspace').on('roster_snapshots').columns(['workspace_id', 'created_at']).execute();

      await db.schema
        .createTable('roster_people')
        .addColumn('snapshot_id', 'text', (c) => c.notNull().references('roster_snapshots.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('person', 'jsonb', (c) => c.notNull())
        .addPrimaryKeyConstraint('roster_people_pk', ['snapshot_id', 'position'])
        .execute();

      await db.schema
        .createTable('assessments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('seq', 'serial', (c) => c.notNull())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('person', 'text', (c) => c.notNull())
        .addColumn('assessment', 'jsonb', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('assessments_person').on('assessments').columns(['workspace_id', 'person', 'seq']).execute();

      await db.schema
        .createTable('normalize_jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('queued', 'running', 'done', 'failed')`))
        .addColumn('column_name', 'text')
        .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('total', 'integer')
        .addColumn('errors', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
        .addColumn('result', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
    },
  },
  '0002-job-leases': {
    // Jobs any server can run: the uploaded file and the context its titles are read in are
    // kept with the job (not on one server's disk or in its memory), and the server running it
    // holds a lease it renews; an expired lease lets another server take the job over.
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('normalize_jobs')
        .addColumn('input', 'bytea')
        .addColumn('owner', 'text')
        .addColumn('lease_until', 'timestamptz')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('context', 'text', (c) => c.notNull().defaultTo('general').check(sql`context in ('general', 'product')`))
        .execute();
      await db.schema.createIndex('normalize_jobs_claimable').on('normalize_jobs').columns(['status', 'created_at']).execute();
    },
  },
  '0003-token-lifecycle': {
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('api_tokens')
        .addColumn('expires_at', 'timestamptz')
        .addColumn('last_used_at', 'timestamptz')
        .execute();
    },
  },
};

export const MIGRATION_TABLE = 'ladder_migration';

/** Brings the database up to the latest schema; safe to run on every start, and concurrently. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new LadderError('migration-failed', `The database could not be migrated${failed ? ` (at ${failed})` : ''}: ${error instanceof Error ? error.message : String(error)}`, {
      userError: false,
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
