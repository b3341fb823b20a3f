import type { Kysely } from 'kysely';
import type { Database, TokenRole } from './db-schema.js';
import { LadderError } from '../core/errors.js';
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
  expiresAt: string | null;
}

/** A token as its workspace's owners see it: never the token itself. */
export interface TokenInfo {
  id: string;
  role: TokenRole;
  label: string | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

/** last_used_at is written at most this often per token: a write per request would be wasteful. */
const LAST_USED_RESOLUTION_MS = 60_000;

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

  async createToken(workspaceId: string, role: TokenRole, label: string | null = null, expiresAt: Date | null = null): Promise<CreatedToken> {
    const token = newToken();
    const id = newId();
    await this.db.insertInto('api_tokens').values({ id, workspace_id: workspaceId, role, token_hash: hashToken(token), label, expires_at: expiresAt }).execute();
    return { id, role, token, expiresAt: expiresAt && toIso(expiresAt) };
  }

  /** The workspace's tokens, oldest first (expired ones included, marked by their date). */
  async listTokens(workspaceId: string): Promise<TokenInfo[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .select(['id', 'role', 'label', 'created_at', 'expires_at', 'last_used_at'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      role: r.role,
      label: r.label,
      createdAt: toIso(r.created_at),
      expiresAt: r.expires_at && toIso(r.expires_at),
      lastUsedAt: r.last_used_at && toIso(r.last_used_at),
    }));
  }

  /** The workspace a token belongs to (for `ladder admin revoke-token`, which has only the id). */
  async workspaceOfToken(tokenId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('api_tokens').select('workspace_id').where('id', '=', tokenId).executeTakeFirst();
    return row?.workspace_id;
  }

  /**
   * Deletes a token of the workspace: it is refused from the next request on (tokens are checked
   * against the database on every request; nothing caches them). The workspace's last owner
   * token cannot go, or nobody could manage the workspace. Returns false when there is no such token.
   */
  async revokeToken(workspaceId: string, tokenId: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('api_tokens').select('role').where('workspace_id', '=', workspaceId).where('id', '=', tokenId).executeTakeFirst();
      if (!row) return false;
      if (row.role === 'owner') {
        const owners = await trx
          .selectFrom('api_tokens')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('workspace_id', '=', workspaceId)
          .where('role', '=', 'owner')
          .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', new Date())]))
          .executeTakeFirstOrThrow();
        if (toCount(owners.n) <= 1) {
          throw new LadderError('last-owner-token', 'This is the workspace\'s last owner token: issue another owner token first.', {
            issues: [{ code: 'last-owner-token', message: 'the last owner token cannot be revoked', field: 'id', value: tokenId }],
          });
        }
      }
      await trx.deleteFrom('api_tokens').where('workspace_id', '=', workspaceId).where('id', '=', tokenId).execute();
      return true;
    });
  }

  /** The access a bearer token grants, or undefined for an unknown, revoked or expired token. */
  async authenticate(token: string): Promise<Access | undefined> {
    if (!looksLikeToken(token)) return undefined;
    const now = new Date();
    const row = await this.db
      .selectFrom('api_tokens as t')
      .innerJoin('workspaces as w', 'w.id', 't.workspace_id')
      .select(['t.id as tokenId', 't.role', 'w.id as workspaceId', 'w.name as workspaceName', 't.expires_at', 't.last_used_at'])
      .where('t.token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (!row || (row.expires_at && row.expires_at <= now)) return undefined;
    if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= LAST_USED_RESOLUTION_MS) {
      await this.db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.tokenId).execute();
    }
    return { workspaceId: row.workspaceId, workspaceName: row.workspaceName, role: row.role, tokenId: row.tokenId };
  }
}
