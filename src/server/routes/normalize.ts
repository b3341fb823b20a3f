import { Readable } from 'node:stream';
import type {} from '@fastify/rate-limit';
import type { FastifyContextConfig, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Framework } from '../../core/framework/schema.js';
import type { TitleContext } from '../../core/normalize/index.js';
import type { Normalize } from '../normalizer.js';
import { errors } from '../schemas/common.js';
import { NormalizeBatchBody, NormalizeBatchResult, NormalizeBody, NormalizedTitleSchema } from '../schemas/normalize.js';

export interface NormalizeRouteOptions {
  /** The framework to normalize against, per request (the built-in one, or a workspace's). */
  frameworkOf: (request: FastifyRequest) => Framework | Promise<Framework>;
  normalizerFor: (fw: Framework, context?: TitleContext) => Normalize;
  /** Requests per minute per client; 0 for no limit. */
  rateLimitPerMinute: number;
  tag: string;
  /** On workspace routes: normalizing changes nothing, so a viewer token may. */
  minRole?: 'viewer';
}

/** Bodies of up to 10,000 titles of up to 1,000 characters, as JSON. */
export const BATCH_BODY_LIMIT = 12 * 1024 * 1024;

/** Titles normalized (and serialized) between two yields to the event loop: ~5-15 ms of work. */
const SLICE = 200;

/**
 * A batch's JSON response, made and sent a slice at a time with a yield between slices: 10,000
 * titles take a few hundred milliseconds and make ~6 MB of JSON, which in one piece would hold
 * every other request (a /health check, a page) for that long.
 */
export async function* normalizeInSlices(titles: readonly string[], normalize: (title: string) => unknown): AsyncGenerator<string> {
  yield '{"results":[';
  for (let i = 0; i < titles.length; i += SLICE) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const json = JSON.stringify(titles.slice(i, i + SLICE).map((t) => normalize(t)));
    yield `${i > 0 ? ',' : ''}${json.slice(1, -1)}`;
  }
  yield ']}';
}

/** POST /normalize and /normalize/batch: titles → framework roles. Rate limited per client. */
export const normalizeRoutes: FastifyPluginAsyncZod<NormalizeRouteOptions> = async (app, opts) => {
  const rateLimit: FastifyContextConfig = {
    ...(opts.rateLimitPerMinute > 0 ? { rateLimit: { max: opts.rateLimitPerMinute, timeWindow: 60_000 } } : {}),
    ...(opts.minRole ? { minRole: opts.minRole } : {}),
  };

  app.post('/normalize', {
    config: rateLimit,
    schema: {
      tags: [opts.tag],
      summary: 'Normalize one job title to a role of the framework',
      body: NormalizeBody,
      response: { 200: NormalizedTitleSchema, ...errors(400, 413, 415, 429) },
    },
  }, async (req) => opts.normalizerFor(await opts.frameworkOf(req), req.body.context)(req.body.title));

  app.post('/normalize/batch', {
    config: rateLimit,
    bodyLimit: BATCH_BODY_LIMIT,
    schema: {
      tags: [opts.tag],
      summary: 'Normalize up to 10,000 titles; results in the same order',
      body: NormalizeBatchBody,
      response: { 200: NormalizeBatchResult, ...errors(400, 413, 415, 429) },
    },
  }, async (req, reply) => {
    const normalize = opts.normalizerFor(await opts.frameworkOf(req), req.body.context);
    const body = Readable.from(normalizeInSlices(req.body.titles, normalize));
    return reply.type('application/json; charset=utf-8').send(body as unknown as { results: [] });
  });
};
