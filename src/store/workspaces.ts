import type { Kysely } from 'kysely';
import type { Database, TokenRole } from './db-schema.js';
import { hashToken, looksLikeToken, newToken } from './tokens.js';
import { newId, toCount, toIso } from './values.js';

export interface Workspace {
  id: string;
  name: string;
  createdAt: string;
}

/** Who a token lets in: a workspace, with the token's role in it. */
export interface Access {
  workspaceId: string;
  workspaceName: string;
  role: TokenRole;
  tokenId: string;
}

export interface CreatedToken {
  id: string;
  role: TokenRole;
  /** Shown once; only its hash is kept. */
  token: string;
}

/** Workspaces and their API tokens. */
export class WorkspaceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A new workspace and its first owner token, in one transaction. */
  async create(name: string): Promise<{ workspace: Workspace; owner: CreatedToken }> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('workspaces').values({ id: newId(), name }).returningAll().executeTakeFirstOrThrow();
      const owner = await new WorkspaceRepository(trx).createToken(row.id, 'owner', 'created with the workspace');
      return { workspace: { id: row.id, name: row.name, createdAt: toIso(row.created_at) }, owner };
    });
  }

  async get(id: string): Promise<Workspace | undefined> {
    const row = await this.db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, name: row.name, createdAt: toIso(row.created_at) };
  }

  async list(): Promise<Workspace[]> {
    const rows = await this.db.selectFrom('workspaces').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: toIso(r.created_at) }));
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('workspaces').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return toCount(row.n);
  }

  async createToken(workspaceId: string, role: TokenRole, label: string | null = null): Promise<CreatedToken> {
    const token = newToken();
    const id = newId();
    await this.db.insertInto('api_tokens').values({ id, workspace_id: workspaceId, role, token_hash: hashToken(token), label }).execute();
    return { id, role, token };
  }

  /** The access a bearer token grants, or undefined for an unknown token. */
  async authenticate(token: string): Promise<Access | undefined> {
    if (!looksLikeToken(token)) return undefined;
    const row = await this.db
      .selectFrom('api_tokens as t')
      .innerJoin('workspaces as w', 'w.id', 't.workspace_id')
      .select(['t.id as tokenId', 't.role', 'w.id as workspaceId', 'w.name as workspaceName'])
      .where('t.token_hash', '=', hashToken(token))
      .executeTakeFirst();
    return row && { workspaceId: row.workspaceId, workspaceName: row.workspaceName, role: row.role, tokenId: row.tokenId };
  }
}
