import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { LadderError, type Issue } from '../core/errors.js';

/**
 * Errors as data on the wire: every 4xx and 5xx answers `{ error: { code, message, field } }`
 * (plus `issues` where there is more than one thing to say), with a stable `code`.
 */
export interface ApiErrorBody {
  error: { code: string; message: string; field: string | null; issues?: Issue[] };
}

/** An error a route throws on purpose, with its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string, field: string | null = null, code = 'not-found') => new HttpError(404, code, `${what} was not found`, field);

/** Fastify's and its plugins' own error codes → ours. */
const FRAMEWORK_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad-content-length'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'empty-body'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid-json'],
  FST_REQ_FILE_TOO_LARGE: [413, 'file-too-large'],
  FST_PARTS_LIMIT: [413, 'too-many-parts'],
  FST_FILES_LIMIT: [413, 'too-many-files'],
  FST_FIELDS_LIMIT: [413, 'too-many-fields'],
  FST_PROTO_VIOLATION: [400, 'invalid-field-name'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'not-multipart'],
  FST_MP_PREMATURE_CLOSE: [400, 'upload-interrupted'],
};

/** The status and body for any error thrown while handling a request. */
export function toApiError(error: unknown): { status: number; body: ApiErrorBody; internal: boolean } {
  if (error instanceof HttpError) {
    return reply(error.statusCode, error.code, error.message, error.field, error.issues);
  }
  if (error instanceof LadderError) {
    const status = !error.userError ? 500 : /not-found$/.test(error.code) ? 404 : 400;
    if (status === 500) return internal();
    const first = error.issues[0];
    return reply(status, error.code, error.message, first?.field ?? first?.path ?? null, error.issues);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? 'body';
    const issues: Issue[] = error.validation.map((v) => {
      const path = v.instancePath.split('/').filter(Boolean).join('.');
      return { code: String(v.keyword), message: v.message ?? 'invalid', path: path || where, field: path.split('.')[0] || where };
    });
    const first = issues[0]!;
    const message = `Invalid ${where === 'querystring' ? 'query' : where}: ${first.path === where ? '' : `${first.path}: `}${first.message}`;
    return reply(400, 'invalid-request', message, first.path ?? where, issues);
  }
  if (isFastifyError(error) && !isResponseSerializationError(error)) {
    const known = FRAMEWORK_CODES[error.code];
    if (known) return reply(known[0], known[1], error.message, null);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply(status, status === 429 ? 'rate-limited' : 'bad-request', error.message, null);
  }
  return internal();
}

function reply(status: number, code: string, message: string, field: string | null, issues: Issue[] = []) {
  const body: ApiErrorBody = { error: { code, message, field, ...(issues.length ? { issues: issues.slice(0, 100) } : {}) } };
  return { status, body, internal: false };
}

function internal() {
  return { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on the server; it has been logged.', field: null } }, internal: true };
}

function isFastifyError(e: unknown): e is FastifyError {
  return e instanceof Error && typeof (e as FastifyError).code === 'string';
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body, internal } = toApiError(error);
  // Messages may quote what was sent (a name, a title): the log keeps the code and the field only.
  if (internal) request.log.error({ err: error }, 'request failed');
  else if (status >= 400) request.log.info({ code: body.error.code, status, field: body.error.field }, 'request refused');
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** busboy's errors for a multipart body that ends early or is malformed; they carry no code. */
const BROKEN_MULTIPART = /unexpected end of (multipart|form)|part terminated early|malformed|multipart: boundary not found/i;

/** Runs the reading of a multipart upload; a body cut off or malformed is the client's 400, not ours. */
export async function readingUpload<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof Error && !(e instanceof HttpError) && !isFastifyError(e) && BROKEN_MULTIPART.test(e.message)) {
      throw new HttpError(400, 'upload-interrupted', 'The upload ended before it was complete, or is not well-formed multipart; send it again.', 'file');
    }
    throw e;
  }
}
