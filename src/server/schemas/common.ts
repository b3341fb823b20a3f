import * as z from 'zod';

/** One problem, located: the same shape as a LadderError's issues. */
export const IssueSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    file: z.string().optional(),
    line: z.number().optional(),
    column: z.number().optional(),
    path: z.string().optional(),
    field: z.string().optional(),
    value: z.unknown().optional(),
  })
  .meta({ id: 'Issue' });

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('stable, machine-readable: "role-not-found", "invalid-request", "rate-limited"…'),
      message: z.string().describe('for a person'),
      field: z.string().nullable().describe('the request field at fault, when there is one'),
      issues: z.array(IssueSchema).optional(),
    }),
  })
  .meta({ id: 'Error', description: 'Every 4xx and 5xx answer has this shape.' });

/** The error responses most routes can give, for the OpenAPI document. */
export const errors = (...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503)[]) =>
  Object.fromEntries(statuses.map((s) => [s, ErrorBody])) as Record<number, typeof ErrorBody>;

/** "true"/"false"/"1"/"0" in a query string. */
export const QueryBoolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** A role as an id, a title, another name ("gpm", "Group Product Manager") or any job title, read by the resolver. */
export const RoleQuery = z.string().trim().min(1).max(200).describe('a role id, title, other name, or any job title ("Sr. Product Manager, Payments"), read as in a product organisation');

/** Any JSON value, for results the core defines as TypeScript types. */
export const AnyObject = z.record(z.string(), z.unknown());
