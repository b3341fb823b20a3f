import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { productReading, searchFramework, SearchSuggestion } from '../../core/framework/search.js';
import type { Framework } from '../../core/framework/schema.js';
import { errors } from '../schemas/common.js';

/** GET /search?q=: suggestions for the web app's search box (roles, other names, families, a raw title read as a role). */
export const searchRoutes: FastifyPluginAsyncZod<{ framework: Framework }> = async (app, opts) => {
  // A raw title is read by the role resolver, in a product context, as every other entry point reads it.
  const resolve = productReading(opts.framework);
  app.get('/search', {
    schema: {
      tags: ['framework'],
      summary: 'Suggestions for a search: roles, their other names and families by name, and a raw title as it is read',
      querystring: z.object({
        q: z.string().max(200).describe('what was typed: a role, another name, a family or any job title'),
        limit: z.coerce.number().int().min(1).max(20).optional(),
      }),
      response: { 200: z.object({ query: z.string(), suggestions: z.array(SearchSuggestion) }), ...errors(400) },
    },
  }, async (req) => ({ query: req.query.q, suggestions: searchFramework(opts.framework, req.query.q, resolve, req.query.limit ?? 8) }));
};
