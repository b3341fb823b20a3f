import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { matrixFor, type CompetencyMatrix } from '../../core/career/competencies.js';
import { diffRoles } from '../../core/career/diff.js';
import { nextSteps } from '../../core/career/next.js';
import { findPaths } from '../../core/career/paths.js';
import { LadderError } from '../../core/errors.js';
import type { Framework } from '../../core/framework/schema.js';
import { HttpError } from '../errors.js';
import { AnyObject, RoleQuery, errors } from '../schemas/common.js';

/** Career navigation over the framework: role diffs, paths between roles, next steps, competency matrices. */
export const careerRoutes: FastifyPluginAsyncZod<{ framework: Framework; competencies?: (() => CompetencyMatrix[]) | undefined }> = async (app, opts) => {
  const fw = opts.framework;

  app.get('/diff', {
    schema: {
      tags: ['career'],
      summary: 'What changes from role a to role b: scope, responsibilities and skills matched by meaning, reporting, pay',
      querystring: z.object({ a: RoleQuery, b: RoleQuery }),
      response: { 200: AnyObject.describe('RoleDiff (src/core/career/diff.ts)'), ...errors(400, 404) },
    },
  }, async (req) => diffRoles(fw, req.query.a, req.query.b) as unknown as Record<string, unknown>);

  app.get('/paths', {
    schema: {
      tags: ['career'],
      summary: 'Sensible routes from one role to another, best first',
      querystring: z.object({
        from: RoleQuery,
        to: RoleQuery,
        maxSteps: z.coerce.number().int().min(1).max(20).optional(),
        maxRoutes: z.coerce.number().int().min(1).max(50).optional(),
      }),
      response: { 200: AnyObject.describe('PathResult (src/core/career/paths.ts)'), ...errors(400, 404) },
    },
  }, async (req) => {
    const { from, to, maxSteps, maxRoutes } = req.query;
    return findPaths(fw, from, to, { ...(maxSteps ? { maxSteps } : {}), ...(maxRoutes ? { maxRoutes } : {}) }) as unknown as Record<string, unknown>;
  });

  app.get('/next/:role', {
    schema: {
      tags: ['career'],
      summary: 'Next steps from a role: promotions, track switches, lateral moves, time in role',
      params: z.object({ role: RoleQuery }),
      response: { 200: AnyObject.describe('NextSteps (src/core/career/next.ts)'), ...errors(400, 404) },
    },
  }, async (req) => nextSteps(fw, req.params.role) as unknown as Record<string, unknown>);

  app.get('/competencies/:family', {
    schema: {
      tags: ['career'],
      summary: "A family's competency matrix",
      params: z.object({ family: z.string().min(1) }),
      response: { 200: AnyObject.describe('CompetencyMatrix (src/core/career/competencies.ts)'), ...errors(404) },
    },
  }, async (req) => {
    if (!opts.competencies) throw new HttpError(404, 'no-competency-matrix', 'This server has no competency matrices.', 'family');
    try {
      return matrixFor(opts.competencies(), req.params.family) as unknown as Record<string, unknown>;
    } catch (e) {
      if (e instanceof LadderError && e.code === 'no-competency-matrix') throw new HttpError(404, e.code, e.message, 'family', e.issues);
      throw e;
    }
  });
};
