import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { designOrg, STAGES } from '../../core/org/design.js';
import type { Framework } from '../../core/framework/schema.js';
import { AnyObject, errors } from '../schemas/common.js';

export const DesignBody = z.strictObject({
  pms: z.number().int().min(1).max(10_000).describe('product managers in individual-contributor roles'),
  productLines: z.number().int().min(1).max(1000).optional(),
  companySize: z.number().int().min(1).max(10_000_000).optional().describe('everyone in the company; estimated from the PM count when left out'),
  stage: z.enum(STAGES as [string, ...string[]]).optional(),
  agile: z.boolean().optional().describe('the teams work in Scrum or another agile method: product owners are considered'),
});

/** Org design from a few numbers: public, it reads nothing stored. */
export const orgRoutes: FastifyPluginAsyncZod<{ framework: Framework }> = async (app, { framework }) => {
  app.post('/org/design', {
    schema: {
      tags: ['org'],
      summary: 'Recommend a product organisation: roles per band, reporting lines, and why',
      body: DesignBody,
      response: { 200: AnyObject.describe('OrgDesign (src/core/org/design.ts)'), ...errors(400) },
    },
  }, async (req) => designOrg(req.body as Parameters<typeof designOrg>[0], framework) as unknown as Record<string, unknown>);
};
