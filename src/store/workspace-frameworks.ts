import type { Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { toIso } from './values.js';

export interface StoredFramework {
  name: string;
  /** The company framework file as it was uploaded (YAML or JSON). */
  text: string;
  updatedAt: string;
}

/** One company framework file per workspace. The caller validates it before saving. */
export class WorkspaceFrameworkRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(workspaceId: string): Promise<StoredFramework | undefined> {
    const row = await this.db.selectFrom('workspace_frameworks').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && { name: row.name, text: row.text, updatedAt: toIso(row.updated_at) };
  }

  /** When the workspace's file last changed (cheap: the text is not read), or undefined when it has none. */
  async updatedAt(workspaceId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('workspace_frameworks').select('updated_at').where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && toIso(row.updated_at);
  }

  async put(workspaceId: string, framework: { name: string; text: string }): Promise<StoredFramework> {
    const now = new Date();
    const row = await this.db
      .insertInto('workspace_frameworks')
      .values({ workspace_id: workspaceId, name: framework.name, text: framework.text, updated_at: now })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ name: framework.name, text: framework.text, updated_at: now }))
      .returningAll()
      .executeTakeFirstOrThrow();
    return { name: row.name, text: row.text, updatedAt: toIso(row.updated_at) };
  }

  /** True when there was one to remove. */
  async delete(workspaceId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('workspace_frameworks').where('workspace_id', '=', workspaceId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
