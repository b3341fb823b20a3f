import type { FastifyInstance } from 'fastify';

/** Text types a file upload may be sent as. */
export const TEXT_TYPES = ['text/plain', 'text/csv', 'text/yaml', 'application/yaml', 'application/x-yaml', 'text/x-yaml', 'text/tab-separated-values'];

/**
 * Makes every body in `scope` arrive as the raw text, JSON included: for routes that take a file
 * (a company framework, a roster) whose own parser reports errors with line numbers.
 */
export function readBodiesAsText(scope: FastifyInstance, bodyLimit: number): void {
  for (const type of ['application/json', ...TEXT_TYPES]) {
    if (scope.hasContentTypeParser(type)) scope.removeContentTypeParser(type);
    scope.addContentTypeParser(type, { parseAs: 'string', bodyLimit }, (_req, body, done) => done(null, body));
  }
}

/**
 * Makes every text body in `scope` (JSON included) arrive as its bytes: for a route that reads a
 * file in whatever encoding it was saved in (the request's charset, else what its bytes show).
 */
export function readBodiesAsBytes(scope: FastifyInstance, bodyLimit: number): void {
  for (const type of ['application/json', ...TEXT_TYPES]) {
    if (scope.hasContentTypeParser(type)) scope.removeContentTypeParser(type);
    scope.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body));
  }
}

/** The charset a Content-Type names ("text/csv; charset=windows-1252"), in lower case, or undefined. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/** Text uploads arrive as strings (Fastify already reads text/plain so). */
export function acceptTextBodies(scope: FastifyInstance): void {
  for (const type of TEXT_TYPES) {
    if (!scope.hasContentTypeParser(type)) scope.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => done(null, body));
  }
}
