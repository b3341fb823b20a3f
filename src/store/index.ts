import { AssessmentRepository } from './assessments.js';
import { openDatabase, type DatabaseHandle, type DatabaseOptions, type StoreKind } from './database.js';
import { migrateToLatest } from './migrations.js';
import { NormalizeJobRepository } from './normalize-jobs.js';
import { RosterRepository } from './rosters.js';
import { WorkspaceFrameworkRepository } from './workspace-frameworks.js';
import { WorkspaceRepository } from './workspaces.js';

/**
 * The store: one Kysely code path over PGlite (a directory, nothing to set up) or PostgreSQL
 * (DATABASE_URL). Every workspace-owned read and write takes the workspace id first.
 */
export interface Store {
  kind: StoreKind;
  location: string;
  handle: DatabaseHandle;
  workspaces: WorkspaceRepository;
  frameworks: WorkspaceFrameworkRepository;
  rosters: RosterRepository;
  assessments: AssessmentRepository;
  jobs: NormalizeJobRepository;
  /** Migrations this open applied (empty when the schema was current). */
  migrated: string[];
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the database and brings its schema up to date. */
export async function openStore(options: DatabaseOptions = {}): Promise<Store> {
  const handle = await openDatabase(options);
  let migrated: string[];
  try {
    migrated = await migrateToLatest(handle.db);
  } catch (e) {
    await handle.close().catch(() => {});
    throw e;
  }
  const db = handle.db;
  return {
    kind: handle.kind,
    location: handle.location,
    handle,
    workspaces: new WorkspaceRepository(db),
    frameworks: new WorkspaceFrameworkRepository(db),
    rosters: new RosterRepository(db),
    assessments: new AssessmentRepository(db),
    jobs: new NormalizeJobRepository(db),
    migrated,
    ping: () => handle.ping(),
    close: () => handle.close(),
  };
}

export type { DatabaseOptions, StoreKind } from './database.js';
export type { Access, CreatedToken, TokenInfo, Workspace } from './workspaces.js';
export type { RosterInput, RosterSnapshot, RosterSummary } from './rosters.js';
export type { StoredAssessment } from './assessments.js';
export type { JobError, NormalizeJob } from './normalize-jobs.js';
export type { StoredFramework } from './workspace-frameworks.js';
export type { TokenRole, JobStatus } from './db-schema.js';
