import * as z from 'zod';

export const JobStatusSchema = z
  .object({
    id: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    column: z.string().nullable().describe('the column asked for; null when the title column was picked from the header'),
    processed: z.number().int().describe('data rows done so far'),
    total: z.number().int().optional().describe('data rows in the file, once counted'),
    errors: z.array(z.object({ code: z.string(), message: z.string(), row: z.number().int().optional() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NormalizeJob' });

/** The multipart form of POST /normalize/jobs, for the OpenAPI document (multipart bodies are read as a stream, not validated as a whole). */
export const JOB_UPLOAD_DOC = {
  type: 'object',
  required: ['file'],
  properties: {
    column: { type: 'string', description: 'the header of the column holding titles; send it before the file. Picked from the header when left out ("title", "job title"…)' },
    context: { type: 'string', enum: ['general', 'product'], description: 'the context the titles are read in; send it before the file. "general" (default): a mixed list of postings; "product": a product organisation, where "Senior PM" or "PO" is a product role' },
    file: { type: 'string', format: 'binary', description: 'a CSV file with a header row' },
  },
} as const;
