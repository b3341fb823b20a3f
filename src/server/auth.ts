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
 * Counts wrong tokens per client address in fixed one-minute windows. Guessing a 256-bit token is
 * hopeless anyway; the limit keeps a client that tries from costing a database query per guess
 * and from filling the log. Once over, the address gets 429 on every workspace route until its
 * window ends, a right token included (else the limit would tell a guess that hit).
 */
export class BadTokenLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();
  constructor(
    readonly max: number,
    private readonly windowMs = 60_000,
    private readonly maxClients = 10_000,
  ) {}

  /** Seconds until the address may try again, or 0 when it may now. */
  blockedFor(address: string, now = Date.now()): number {
    if (this.max <= 0) return 0;
    const w = this.#windows.get(address);
    if (!w || now - w.start >= this.windowMs || w.count < this.max) return 0;
    return Math.ceil((w.start + this.windowMs - now) / 1000);
  }

  failed(address: string, now = Date.now()): void {
    if (this.max <= 0) return;
    const w = this.#windows.get(address);
    if (w && now - w.start < this.windowMs) {
      w.count++;
      return;
    }
    if (this.#windows.size >= this.maxClients) {
      for (const [a, x] of this.#windows) if (now - x.start >= this.windowMs) this.#windows.delete(a);
      // Still full: the oldest entry goes (Maps iterate in insertion order).
      if (this.#windows.size >= this.maxClients) this.#windows.delete(this.#windows.keys().next().value!);
    }
    this.#windows.delete(address);
    this.#windows.set(address, { start: now, count: 1 });
  }
}

/**
 * Guards every route registered in `scope`: a valid `Authorization: Bearer <token>` with a role
 * high enough for the route. The request then carries `access` (workspace id, name and role);
 * routes read and write only that workspace's data.
 */
export function protectWorkspaceRoutes(scope: FastifyInstance, store: Store, limiter = new BadTokenLimiter(20)): void {
  scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    if (!header) {
      reply.header('www-authenticate', 'Bearer realm="workspace"');
      throw new HttpError(401, 'unauthorized', 'This route needs a workspace token: send "Authorization: Bearer <token>".', 'authorization');
    }
    const wait = limiter.blockedFor(request.ip);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new HttpError(429, 'too-many-bad-tokens', `Too many wrong tokens from this address: try again in ${wait} s.`, 'authorization');
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const access = match ? await store.workspaces.authenticate(match[1]!) : undefined;
    if (!access) {
      limiter.failed(request.ip);
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
