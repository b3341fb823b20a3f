import { sql, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { newId, toIso, toJson } from './values.js';

export interface RosterInput {
  /** What it came from: "csv", "json", a file name. */
  source: string;
  /** The people of the roster, as parsed (JSON objects). */
  people: unknown[];
  /** Rows the parser could not read, with why. */
  rejectedRows: unknown[];
  /** Anything else about the import worth keeping (the parser's column matches, duplicates…). */
  meta?: Record<string, unknown>;
}

export interface RosterSummary {
  id: string;
  createdAt: string;
  source: string;
  peopleCount: number;
  rejectedCount: number;
  /** The day the roster describes, when the import recorded one. */
  effectiveDate: string | null;
}

export interface RosterSnapshot {
  id: string;
  createdAt: string;
  source: string;
  people: unknown[];
  rejectedRows: unknown[];
  meta: Record<string, unknown>;
}

export interface ImportOptions {
  /** Rows per INSERT; default 1000. */
  batchSize?: number;
  /** Called after each batch with the number of people written so far (inside the transaction). */
  onProgress?: (written: number) => void | Promise<void>;
}

/** Roster snapshots: each import is a new snapshot, written whole or not at all. */
export class RosterRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a snapshot and all its people in one transaction: a failure or a crash leaves no trace. */
  async create(workspaceId: string, input: RosterInput, options: ImportOptions = {}): Promise<RosterSnapshot> {
    const batchSize = options.batchSize ?? 1000;
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('roster_snapshots')
        .values({
          id: newId(),
          workspace_id: workspaceId,
          source: input.source,
          people_count: input.people.length,
          rejected_rows: toJson(input.rejectedRows),
          meta: toJson(input.meta ?? {}),
        })
        .returning(['id', 'created_at'])
        .executeTakeFirstOrThrow();
      for (let start = 0; start < input.people.length; start += batchSize) {
        const batch = input.people.slice(start, start + batchSize);
        await trx
          .insertInto('roster_people')
          .values(batch.map((person, i) => ({ snapshot_id: row.id, position: start + i, person: toJson(person) })))
          .execute();
        await options.onProgress?.(start + batch.length);
      }
      return { id: row.id, createdAt: toIso(row.created_at), source: input.source, people: input.people, rejectedRows: input.rejectedRows, meta: input.meta ?? {} };
    });
  }

  /** The workspace's snapshots, newest first. */
  async list(workspaceId: string): Promise<RosterSummary[]> {
    const rows = await this.db
      .selectFrom('roster_snapshots')
      .select(['id', 'created_at', 'source', 'people_count', 'rejected_rows', sql<string | null>`meta->>'effectiveDate'`.as('effective_date')])
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      createdAt: toIso(r.created_at),
      source: r.source,
      peopleCount: r.people_count,
      rejectedCount: Array.isArray(r.rejected_rows) ? r.rejected_rows.length : 0,
      effectiveDate: r.effective_date ?? null,
    }));
  }

  /** One snapshot with its people, or undefined when it is not this workspace's. */
  async get(workspaceId: string, id: string): Promise<RosterSnapshot | undefined> {
    const snap = await this.db
      .selectFrom('roster_snapshots')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!snap) return undefined;
    const people = await this.db.selectFrom('roster_people').select('person').where('snapshot_id', '=', id).orderBy('position').execute();
    return {
      id: snap.id,
      createdAt: toIso(snap.created_at),
      source: snap.source,
      people: people.map((p) => p.person),
      rejectedRows: Array.isArray(snap.rejected_rows) ? snap.rejected_rows : [],
      meta: isRecord(snap.meta) ? snap.meta : {},
    };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
