import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { nextRoleFor, trackForAssessment } from '../../core/career/assess.js';
import { AnswersFile } from '../../core/career/assessment-record.js';
import { matrixFor, type CompetencyMatrix } from '../../core/career/competencies.js';
import { diffRoles } from '../../core/career/diff.js';
import { roleRef } from '../../core/career/graph.js';
import { resolveRole } from '../../core/resolve/resolve.js';
import { nextSteps } from '../../core/career/next.js';
import { findPaths } from '../../core/career/paths.js';
import { assessmentQuestions } from '../../core/career/questions.js';
import { LadderError } from '../../core/errors.js';
import { Track, type Framework } from '../../core/framework/schema.js';
import { evaluateAnswers } from '../assess-answers.js';
import { HttpError } from '../errors.js';
import { AssessmentQuestionsSchema, AssessmentReportSchema } from '../schemas/career.js';
import { AnyObject, RoleQuery, errors } from '../schemas/common.js';

/** Career navigation over the framework: role diffs, paths between roles, next steps, competency matrices, self-assessment. */
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
  }, async (req) => matrixOf(req.params.family) as unknown as Record<string, unknown>);

  app.get('/competencies/:family/questions', {
    schema: {
      tags: ['career'],
      summary: "A self-assessment's questions: one per competency, its levels on the person's track as numbered choices (what `ladder assess` asks). With ?role=, the track and next role that role's assessment uses",
      params: z.object({ family: z.string().min(1) }),
      querystring: z.object({
        role: RoleQuery.optional().describe("the person's current role: sets the track and the next role"),
        track: Track.optional().describe('assess on this track; by default the role\'s, or both'),
      }),
      response: { 200: AssessmentQuestionsSchema, ...errors(400, 404) },
    },
  }, async (req) => {
    const matrix = matrixOf(req.params.family);
    const role = req.query.role === undefined ? null : resolveRole(fw, req.query.role).role;
    if (role && role.family !== matrix.family) {
      throw new HttpError(400, 'family-mismatch', `${role.title} is in ${role.family}, not ${matrix.family}`, 'role');
    }
    const track = trackForAssessment(fw, role, req.query.track);
    const next = role ? nextRoleFor(fw, role) : null;
    return {
      family: matrix.family,
      track,
      role: role ? roleRef(fw, role) : null,
      next: next ? roleRef(fw, next) : null,
      questions: assessmentQuestions(matrix, track, fw),
    };
  });

  app.post('/assess', {
    schema: {
      tags: ['career'],
      summary:
        'Evaluate self-assessment answers (an answers file, as `ladder assess --answers` reads) and return the report: the level the evidence supports, readiness for the next role, the gaps. Nothing is stored; POST /workspace/assessments keeps one',
      body: AnswersFile,
      response: { 200: AssessmentReportSchema, ...errors(400, 404) },
    },
  }, async (req) => {
    if (!opts.competencies) throw noMatrices();
    return evaluateAnswers(fw, opts.competencies(), req.body).report;
  });

  function matrixOf(family: string): CompetencyMatrix {
    if (!opts.competencies) throw noMatrices();
    try {
      return matrixFor(opts.competencies(), family);
    } catch (e) {
      if (e instanceof LadderError && e.code === 'no-competency-matrix') throw new HttpError(404, e.code, e.message, 'family', e.issues);
      throw e;
    }
  }
};

const noMatrices = () => new HttpError(404, 'no-competency-matrix', 'This server has no competency matrices.', 'family');
