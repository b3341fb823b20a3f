import type { Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { newId, toIso, toJson } from './values.js';

export interface StoredAssessment {
  id: string;
  person: string;
  createdAt: string;
  assessment: unknown;
}

/** A person's assessments, kept over time. */
export class AssessmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(workspaceId: string, person: string, assessment: unknown): Promise<StoredAssessment> {
    const row = await this.db
      .insertInto('assessments')
      .values({ id: newId(), workspace_id: workspaceId, person, assessment: toJson(assessment) })
      .returning(['id', 'person', 'created_at', 'assessment'])
      .executeTakeFirstOrThrow();
    return { id: row.id, person: row.person, createdAt: toIso(row.created_at), assessment: row.assessment };
  }

  /** Oldest first; one person's, or everyone's in the workspace. */
  async list(workspaceId: string, person?: string): Promise<StoredAssessment[]> {
    let q = this.db.selectFrom('assessments').select(['id', 'person', 'created_at', 'assessment']).where('workspace_id', '=', workspaceId);
    if (person !== undefined) q = q.where('person', '=', person);
    const rows = await q.orderBy('seq').execute();
    return rows.map((r) => ({ id: r.id, person: r.person, createdAt: toIso(r.created_at), assessment: r.assessment }));
  }
}
