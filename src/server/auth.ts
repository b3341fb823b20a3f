import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TokenRole } from '../store/db-schema.js';
import type { Access, Store } from '../store/index.js';
import { HttpError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on workspace routes once the bearer token is checked. */
    access: Access | null;
  }
  interface FastifyContextConfig {
    /** The least role a workspace route needs; reads need viewer and writes editor unless set. */
    minRole?: TokenRole;
  }
}

const RANK: Record<TokenRole, number> = { viewer: 0, editor: 1, owner: 2 };

/** The role a workspace route needs: its config's, else viewer to read and editor to change. */
export function requiredRole(method: string, configured: TokenRole | undefined): TokenRole {
  return configured ?? (method === 'GET' || method === 'HEAD' ? 'viewer' : 'editor');
}

/**
 * Guards every route registered in `scope`: a valid `Authorization: Bearer <token>` with a role
 * high enough for the route. The request then carries `access` (workspace id, name and role);
 * routes read and write only that workspace's data.
 */
export function protectWorkspaceRoutes(scope: FastifyInstance, store: Store): void {
  scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    if (!header) {
      reply.header('www-authenticate', 'Bearer realm="workspace"');
      throw new HttpError(401, 'unauthorized', 'This route needs a workspace token: send "Authorization: Bearer <token>".', 'authorization');
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const access = match ? await store.workspaces.authenticate(match[1]!) : undefined;
    if (!access) {
      reply.header('www-authenticate', 'Bearer realm="workspace", error="invalid_token"');
      throw new HttpError(401, 'invalid-token', 'The token is not valid. Ask a workspace owner for a new one.', 'authorization');
    }
    const need = requiredRole(request.method, request.routeOptions.config.minRole);
    if (RANK[access.role] < RANK[need]) {
      throw new HttpError(403, 'forbidden', `This needs a${need === 'owner' ? 'n owner' : ` ${need}`} token; yours is a ${access.role} token.`, 'authorization');
    }
    request.access = access;
  });
}

/** The access of a request on a protected route (set by the guard). */
export function accessOf(request: FastifyRequest): Access {
  if (!request.access) throw new Error('workspace route without the token guard');
  return request.access;
}
