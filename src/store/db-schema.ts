import type { ColumnType, Generated } from 'kysely';

/**
 * The tables, as Kysely sees them. One schema for PGlite and PostgreSQL.
 * JSON columns are jsonb: written as JSON text (pg turns a JS array into a PostgreSQL array,
 * so values are always stringified first), read back parsed by both drivers.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export type TokenRole = 'owner' | 'editor' | 'viewer';
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface WorkspacesTable {
  id: string;
  name: string;
  created_at: Timestamp;
}

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  role: TokenRole;
  /** sha256 of the token, hex; the token itself is never stored. */
  token_hash: string;
  label: string | null;
  created_at: Timestamp;
  /** After this the token is refused; null: it does not expire. */
  expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When the token last opened the workspace (updated at most once a minute). */
  last_used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface WorkspaceFrameworksTable {
  workspace_id: string;
  name: string;
  text: string;
  updated_at: Timestamp;
}

export interface RosterSnapshotsTable {
  id: string;
  workspace_id: string;
  source: string;
  people_count: number;
  rejected_rows: Json;
  /** What else the parser said about the file (columns matched, duplicates, value issues). */
  meta: Json;
  created_at: Timestamp;
}

export interface RosterPeopleTable {
  snapshot_id: string;
  position: number;
  person: Json;
}

export interface AssessmentsTable {
  id: string;
  workspace_id: string;
  person: string;
  assessment: Json;
  created_at: Timestamp;
  /** Orders assessments made within the same clock tick. */
  seq: Generated<number>;
}

export interface NormalizeJobsTable {
  id: string;
  status: JobStatus;
  column_name: string | null;
  processed: number;
  total: number | null;
  errors: Json;
  result: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The uploaded CSV, until the job ends. */
  input: Uint8Array | null;
  /** The server running the job, and until when its lease holds. */
  owner: string | null;
  lease_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  attempts: ColumnType<number, number | undefined, number>;
  /** The context the job's titles are read in. */
  context: ColumnType<'general' | 'product', 'general' | 'product' | undefined, 'general' | 'product'>;
}

export interface Database {
  workspaces: WorkspacesTable;
  api_tokens: ApiTokensTable;
  workspace_frameworks: WorkspaceFrameworksTable;
  roster_snapshots: RosterSnapshotsTable;
  roster_people: RosterPeopleTable;
  assessments: AssessmentsTable;
  normalize_jobs: NormalizeJobsTable;
}
