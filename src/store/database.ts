import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { LadderError } from '../core/errors.js';
import type { Database } from './db-schema.js';
import { acquireLock, type LockFile } from './lock-file.js';
import { PGliteDialect } from './pglite-dialect.js';

export type StoreKind = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** A PostgreSQL URL (postgres://…). Without it the store is PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; default ./.data. */
  dataDir?: string | undefined;
  /** An open PGlite to use as it is (tests load one from a migrated template); the caller closes it. */
  pglite?: PGlite | undefined;
  /** Connections in the PostgreSQL pool; default 10. */
  poolSize?: number | undefined;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: StoreKind;
  /** Where the data is, for the log: a directory, or the URL without its password. */
  location: string;
  /** Runs `select 1`: the readiness check. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.pglite) return fromPGlite(options.pglite, 'memory (test)', async () => {});
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPGliteDir(resolve(options.dataDir ?? '.data'));
}

async function openPGliteDir(dataDir: string): Promise<DatabaseHandle> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    throw new LadderError('data-dir-unwritable', `Cannot create the data directory ${dataDir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, {
      issues: [{ code: 'data-dir-unwritable', message: 'the data directory must be writable', file: dataDir }],
    });
  }
  const lock: LockFile = await acquireLock(join(dataDir, 'ladder.lock'));
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: join(dataDir, 'pglite') });
  } catch (e) {
    lock.release();
    throw new LadderError('database-unavailable', `Cannot open the database in ${dataDir}: ${e instanceof Error ? e.message : String(e)}`, { userError: false, cause: e });
  }
  return fromPGlite(pglite, dataDir, async () => {
    try {
      await pglite.close();
    } finally {
      lock.release();
    }
  });
}

function fromPGlite(pglite: PGlite, location: string, closeOwned: () => Promise<void>): DatabaseHandle {
  return handleOf(new Kysely<Database>({ dialect: new PGliteDialect(pglite) }), 'pglite', location, closeOwned);
}

/** One handle shape for both drivers: ping runs a query, close is safe to call twice. */
function handleOf(db: Kysely<Database>, kind: DatabaseHandle['kind'], location: string, afterDestroy: () => Promise<void> = async () => {}): DatabaseHandle {
  let closed = false;
  return {
    db,
    kind,
    location,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
      await afterDestroy();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const location = redactUrl(url);
  try {
    await sql`select 1`.execute(db);
  } catch (e) {
    await db.destroy().catch(() => {});
    throw new LadderError('database-unavailable', `Cannot connect to PostgreSQL at ${location}: ${e instanceof Error ? e.message : String(e)}`, {
      userError: false,
      cause: e,
    });
  }
  return handleOf(db, 'postgres', location);
}

/** postgres://user:secret@host/db → postgres://user:***@host/db */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
