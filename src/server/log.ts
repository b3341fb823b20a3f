import type { FastifyRequest } from 'fastify';

/**
 * What the server log may say about a request or an error: the operation and ids, never row
 * contents. Database errors carry the statement's parameters (names, titles, salaries) and their
 * messages and details quote values; parser errors quote the input. So an error is logged as its
 * type, its code (SQLSTATE, errno, ours) and where it was thrown, never its message; a request as
 * its method and path, never its query string.
 */
export interface SafeError {
  type: string;
  code?: string | number;
  /** The stack without its first line (which repeats the message). */
  stack?: string;
  cause?: SafeError;
}

export function safeError(e: unknown, depth = 0): SafeError {
  if (!(e instanceof Error)) return { type: e === null ? 'null' : typeof e };
  const out: SafeError = { type: e.constructor?.name && e.constructor.name !== 'Error' ? e.constructor.name : e.name || 'Error' };
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  if (frames.length) out.stack = frames.slice(0, 12).join('\n');
  if (e.cause !== undefined && depth < 3) out.cause = safeError(e.cause, depth + 1);
  return out;
}

export function safeRequest(req: FastifyRequest): Record<string, unknown> {
  const url = req.url ?? '';
  const q = url.indexOf('?');
  return { method: req.method, url: q < 0 ? url : `${url.slice(0, q)}?…`, ...(req.id ? { id: req.id } : {}), remoteAddress: req.ip };
}

/** pino serializers for Fastify's logger: `err`, `error` and `req` as above. */
export const logSerializers = { err: safeError, error: safeError, req: safeRequest };
