import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { toRecord } from '../../core/career/assess.js';
import { AnswersFile, AssessmentRecord } from '../../core/career/assessment-record.js';
import { personKey } from '../../core/career/history.js';
import { evaluateAnswers } from '../assess-answers.js';
import { accessOf } from '../auth.js';
import type { AppContext } from '../context.js';
import { errors } from '../schemas/common.js';
import { AssessmentItem, AssessmentList } from '../schemas/workspace.js';

/**
 * The body of POST /workspace/assessments: answers to assess (what `ladder assess` reads), or an
 * assessment record made elsewhere (what `ladder assess` keeps).
 */
export const AssessmentBody = z
  .union([AnswersFile, AssessmentRecord.extend({ id: z.string().min(1).optional() })])
  // The person is indexed: a name past an index row's size would fail in the database.
  .superRefine((b, ctx) => {
    if (b.person.length > MAX_PERSON_CHARS) ctx.addIssue({ code: 'custom', path: ['person'], message: `at most ${MAX_PERSON_CHARS} characters` });
  });

/** The longest person name an assessment may carry (and ?person= may ask for). */
export const MAX_PERSON_CHARS = 200;

/** A person's assessments, kept over time in the workspace. */
export const assessmentRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post('/assessments', {
    schema: {
      tags: ['workspace'],
      summary: "Keep an assessment: answers (evaluated against the workspace's framework and competency matrices) or a finished record",
      body: AssessmentBody,
      response: { 201: AssessmentItem, ...errors(400, 401, 403) },
    },
  }, async (req, reply) => {
    const { workspaceId } = accessOf(req);
    const body = req.body;
    let record: Record<string, unknown>;
    if ('levels' in body) {
      record = { ...body };
    } else if (ctx.competencies) {
      // Evaluated as POST /assess does, against the workspace's framework.
      const fw = await ctx.workspaceFrameworks.get(workspaceId);
      const { report, input } = evaluateAnswers(fw, ctx.competencies(), body);
      record = toRecord(report, input);
    } else {
      // No competency matrices to evaluate against: keep the answers as they are.
      record = { ...body, date: body.date ?? new Date().toISOString() };
    }
    const person = String(record.person);
    const stored = await ctx.store.assessments.create(workspaceId, personKey(person), record);
    return reply.status(201).send({ ...record, id: stored.id, person, createdAt: stored.createdAt });
  });

  app.get('/assessments', {
    schema: {
      tags: ['workspace'],
      summary: "Assessments kept in the workspace, oldest first; one person's with ?person=",
      querystring: z.object({ person: z.string().trim().min(1).max(MAX_PERSON_CHARS).optional() }),
      response: { 200: AssessmentList, ...errors(400, 401) },
    },
  }, async (req) => {
    const { workspaceId } = accessOf(req);
    const list = await ctx.store.assessments.list(workspaceId, req.query.person === undefined ? undefined : personKey(req.query.person));
    return {
      assessments: list.map((a) => {
        const record = (typeof a.assessment === 'object' && a.assessment !== null ? a.assessment : {}) as Record<string, unknown>;
        return { ...record, id: a.id, person: String(record.person ?? a.person), createdAt: a.createdAt };
      }),
    };
  });
};
