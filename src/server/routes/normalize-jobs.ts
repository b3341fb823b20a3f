import type {} from '@fastify/multipart';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { TitleContext } from '../../core/normalize/index.js';
import type { NormalizeJob } from '../../store/normalize-jobs.js';
import { spreadsheetFileToCsv } from '../../store/spreadsheet/to-csv.js';
import { newId } from '../../store/values.js';
import { HttpError, notFound, readingUpload } from '../errors.js';
import { assertStorableText } from '../input-guard.js';
import type { JobRunner } from '../job-runner.js';
import { errors } from '../schemas/common.js';
import { JOB_UPLOAD_DOC, JobStatusSchema } from '../schemas/jobs.js';
import type { Store } from '../../store/index.js';

/** Uploads up to this size are taken. */
export const MAX_JOB_UPLOAD_BYTES = 100 * 1024 * 1024;

export interface JobRouteOptions {
  store: Store;
  jobs: JobRunner;
  /** Where uploads are spooled while they wait for their job (made when first asked for). */
  spoolDir: () => string;
}

const JobId = z.object({ id: z.string().min(1).max(100) });

const toStatus = (job: NormalizeJob) => ({
  id: job.id,
  status: job.status,
  column: job.column,
  processed: job.processed,
  ...(job.total === null ? {} : { total: job.total }),
  errors: job.errors,
  createdAt: job.createdAt,
  updatedAt: job.updatedAt,
});

/** Batch normalization of a CSV file: upload (streamed to disk), poll the status, download the result. */
export const normalizeJobRoutes: FastifyPluginAsyncZod<JobRouteOptions> = async (app, opts) => {
  app.post('/normalize/jobs', {
    config: { openapiBody: { 'multipart/form-data': JOB_UPLOAD_DOC } },
    schema: {
      tags: ['normalize'],
      summary: 'Upload a CSV of titles (multipart: `column`, then `file`) to normalize in the background',
      response: { 202: JobStatusSchema, ...errors(400, 413, 415) },
    },
  }, async (req, reply) => {
    let column: string | null = null;
    let context: TitleContext = 'general';
    let spooled: string | undefined;
    let job: NormalizeJob;
    try {
      await readingUpload(async () => {
        const parts = req.parts({ limits: { fileSize: MAX_JOB_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 10_000, parts: 20 } });
        for await (const part of parts) {
          if (part.type === 'field') {
            if (part.fieldname === 'column' && typeof part.value === 'string' && part.value.trim()) {
              assertStorableText(part.value, 'body', 'column');
              column = part.value.trim();
            }
            if (part.fieldname === 'context') {
              const parsed = TitleContext.safeParse(typeof part.value === 'string' ? part.value.trim() : part.value);
              if (!parsed.success) throw new HttpError(400, 'invalid-context', 'The field "context" must be "general" or "product".', 'context');
              context = parsed.data;
            }
            continue;
          }
          if (spooled) {
            part.file.resume();
            continue;
          }
          // Named before it is written, so that a failed write is removed below.
          spooled = join(opts.spoolDir(), `${newId()}.csv`);
          await pipeline(part.file, createWriteStream(spooled));
        }
      });
      if (!spooled) throw new HttpError(400, 'file-missing', 'Send the CSV as a multipart part named "file".', 'file');
      // Spreadsheet adapter: an XLSX upload's first sheet becomes the CSV the job reads.
      spreadsheetFileToCsv(spooled, 'the uploaded file');
      job = await opts.jobs.submit(spooled, column, context);
    } catch (e) {
      // A failed upload leaves nothing behind in the spool.
      if (spooled) await rm(spooled, { force: true });
      throw e;
    }
    return reply.status(202).send(toStatus(job));
  });

  app.get('/normalize/jobs/:id', {
    schema: {
      tags: ['normalize'],
      summary: "A normalize job's status and progress",
      params: JobId,
      response: { 200: JobStatusSchema, ...errors(404) },
    },
  }, async (req) => {
    const job = await opts.store.jobs.get(req.params.id);
    if (!job) throw notFound('The job', 'id', 'job-not-found');
    return toStatus(job);
  });

  app.get('/normalize/jobs/:id/result', {
    schema: {
      tags: ['normalize'],
      summary: 'The result CSV of a finished job: the uploaded rows with the normalized columns added',
      params: JobId,
      produces: ['text/csv'],
      response: { 200: z.string().describe('text/csv'), ...errors(404, 409) },
    },
  }, async (req, reply) => {
    const job = await opts.store.jobs.get(req.params.id);
    if (!job) throw notFound('The job', 'id', 'job-not-found');
    if (job.status === 'failed') throw new HttpError(409, 'job-failed', `The job failed: ${job.errors[0]?.message ?? 'no reason given'}`, 'id');
    const csv = job.status === 'done' ? await opts.store.jobs.result(job.id) : undefined;
    if (csv === undefined) throw new HttpError(409, 'job-not-finished', `The job is ${job.status}; ask again when its status is "done".`, 'id');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="normalized-${job.id}.csv"`)
      .serializer((s: string) => s)
      .send(csv);
  });
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Request bodies for the OpenAPI document where the route reads a stream instead of validating a schema. */
    openapiBody?: Record<string, unknown>;
  }
}
