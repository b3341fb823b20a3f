import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

/**
 * Text the database cannot store, refused at the door. PostgreSQL's text and jsonb hold neither a
 * NUL character nor half of a UTF-16 surrogate pair, so such input would fail deep in a query
 * (a 500, with the row in the error). Every string a request brings (path, query, JSON body,
 * text body) is checked before validation, and answered with a 400 naming the field.
 */
export type BadText = { path: string; problem: string };

const MAX_DEPTH = 64;
/** With the u flag a paired surrogate is one code point, so this finds only the lone halves. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why `s` cannot be stored, or null. */
export function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(s)) return 'contains half of a UTF-16 surrogate pair (not valid Unicode)';
  return null;
}

/** The first string in `value` (keys included) that cannot be stored, with its path. */
export function findBadText(value: unknown, path = '', depth = 0): BadText | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path, problem } : undefined;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadText(value[i], path ? `${path}.${i}` : String(i), depth + 1);
      if (bad) return bad;
    }
    return undefined;
  }
  for (const [key, v] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const keyProblem = textProblem(key);
    if (keyProblem) return { path: at, problem: `has a name that ${keyProblem}` };
    const bad = findBadText(v, at, depth + 1);
    if (bad) return bad;
  }
  return undefined;
}

const WHERE: Record<string, string> = { params: 'path', query: 'query', body: 'body' };

/** A 400 for text that cannot be stored; `where` is path, query or body. */
export function badTextError(where: string, bad: BadText, line?: number): HttpError {
  const field = bad.path || where;
  const at = line ? ` (line ${line})` : '';
  return new HttpError(400, 'invalid-characters', `Invalid ${where}: ${field}${at} ${bad.problem}.`, field);
}

/** Throws the 400 when `value` holds text that cannot be stored. */
export function assertStorableText(value: unknown, where: string, path = ''): void {
  const bad = findBadText(value, path);
  if (bad) throw badTextError(where, bad);
}

/** The check on every route of `app` (register it before the routes). */
export function guardInputText(app: FastifyInstance): void {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    for (const part of ['params', 'query', 'body'] as const) {
      const value = req[part];
      if (typeof value === 'string') {
        const problem = textProblem(value);
        if (problem) throw badTextError(WHERE[part]!, { path: part === 'body' ? 'body' : '', problem }, lineOf(value));
      } else {
        assertStorableText(value, WHERE[part]!);
      }
    }
  });
}

/** The line of a text body where the first NUL or broken character is. */
function lineOf(text: string): number | undefined {
  let at = text.indexOf('\u0000');
  if (at < 0) at = LONE_SURROGATE.exec(text)?.index ?? -1;
  if (at < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
