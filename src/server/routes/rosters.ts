import type {} from '@fastify/multipart';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { auditJson, auditRoster } from '../../core/org/audit.js';
import { diffRosters } from '../../core/org/diff.js';
import { parseRoster } from '../../core/org/parse.js';
import type { Person, RejectedRow, Roster } from '../../core/org/types.js';
import type { RosterSnapshot } from '../../store/rosters.js';
import { accessOf } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound, readingUpload } from '../errors.js';
import { assertStorableText } from '../input-guard.js';
import { readBodiesAsText } from '../raw-body.js';
import { AnyObject, errors } from '../schemas/common.js';
import { ROSTER_UPLOAD_DOC, RosterCreated, RosterList, RosterSnapshotSchema, RosterUploadQuery } from '../schemas/workspace.js';

export const MAX_ROSTER_BYTES = 50 * 1024 * 1024;

const SnapshotId = z.object({ id: z.string().min(1).max(100) });

/** The roster as the org audit reads it, rebuilt from a stored snapshot. */
export function rosterOf(snapshot: RosterSnapshot): Roster {
  const meta = snapshot.meta as Partial<Roster>;
  return {
    file: meta.file ?? snapshot.source,
    format: meta.format ?? 'csv',
    people: snapshot.people as Person[],
    rejectedRows: snapshot.rejectedRows as RejectedRow[],
    duplicates: meta.duplicates ?? [],
    valueIssues: meta.valueIssues ?? [],
    columns: meta.columns ?? [],
    unusedColumns: meta.unusedColumns ?? [],
  };
}

/** Roster snapshots: import (all or nothing), list, read, audit. */
export const rosterRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { store } = ctx;

  await app.register(async (raw) => {
    readBodiesAsText(raw, MAX_ROSTER_BYTES);
    raw.withTypeProvider<ZodTypeProvider>().post('/rosters', {
      bodyLimit: MAX_ROSTER_BYTES,
      config: { openapiBody: ROSTER_UPLOAD_DOC },
      schema: {
        tags: ['workspace'],
        summary: 'Import a roster (CSV or JSON, as the body or a multipart "file") as a new snapshot, all or nothing',
        querystring: RosterUploadQuery,
        response: { 201: RosterCreated, ...errors(400, 401, 403, 413, 415) },
      },
    }, async (req, reply) => {
      let text: string | undefined;
      let name = req.query.name;
      let format = req.query.format;
      if (req.isMultipart()) {
        const file = await readingUpload(() => req.file({ limits: { fileSize: MAX_ROSTER_BYTES, files: 1, fields: 10, parts: 20 } }));
        if (!file) throw new HttpError(400, 'file-missing', 'Send the roster as a multipart part named "file".', 'file');
        text = (await readingUpload(() => file.toBuffer())).toString('utf8');
        name ??= file.filename || undefined;
        assertStorableText(name, 'body', 'filename');
      } else if (typeof req.body === 'string') {
        text = req.body;
        format ??= req.headers['content-type']?.startsWith('application/json') ? 'json' : undefined;
      }
      if (!text?.trim()) throw new HttpError(400, 'empty-body', 'Send the roster (CSV or JSON) as the request body.', 'body');
      const roster = parseRoster(text, { file: name ?? 'roster', format, map: req.query.map });
      // A JSON roster can spell a NUL or half a surrogate pair as an escape: check what was read.
      assertStorableText(roster, 'body');
      const { people, rejectedRows, ...meta } = roster;
      const snapshot = await store.rosters.create(accessOf(req).workspaceId, { source: roster.file, people, rejectedRows, meta });
      req.log.info({ workspace: accessOf(req).workspaceId, snapshot: snapshot.id, people: people.length, rejected: rejectedRows.length }, 'roster imported');
      return reply.status(201).send({ id: snapshot.id, createdAt: snapshot.createdAt, source: snapshot.source, people: people.length, rejectedRows, columns: roster.columns });
    });
  });

  app.get('/rosters', {
    schema: { tags: ['workspace'], summary: "The workspace's roster snapshots, newest first", response: { 200: RosterList, ...errors(401) } },
  }, async (req) => ({
    rosters: (await store.rosters.list(accessOf(req).workspaceId)).map((s) => ({ id: s.id, createdAt: s.createdAt, source: s.source, people: s.peopleCount, rejectedRows: s.rejectedCount })),
  }));

  // Registered before /rosters/:id; the router prefers the static path anyway.
  app.get('/rosters/diff', {
    schema: {
      tags: ['workspace'],
      summary: 'Compare two roster snapshots: arrivals, departures, moves, promotions, title changes, findings fixed and introduced',
      querystring: z.object({ before: z.string().min(1).max(100), after: z.string().min(1).max(100), companySize: z.coerce.number().int().positive().optional() }),
      response: { 200: AnyObject.describe('RosterDiff (src/core/org/diff.ts)'), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const { workspaceId } = accessOf(req);
    const before = await snapshotOf(workspaceId, req.query.before, 'before');
    const after = await snapshotOf(workspaceId, req.query.after, 'after');
    const fw = await ctx.workspaceFrameworks.get(workspaceId);
    return diffRosters(rosterOf(before), rosterOf(after), { framework: fw, companySize: req.query.companySize }) as unknown as Record<string, unknown>;
  });

  const snapshotOf = async (workspaceId: string, id: string, field = 'id') => {
    const snapshot = await store.rosters.get(workspaceId, id);
    if (!snapshot) throw notFound(field === 'id' ? 'The roster snapshot' : `The roster snapshot given as "${field}"`, field, 'roster-not-found');
    return snapshot;
  };

  app.get('/rosters/:id', {
    schema: { tags: ['workspace'], summary: 'One roster snapshot with its people', params: SnapshotId, response: { 200: RosterSnapshotSchema, ...errors(401, 404) } },
  }, async (req) => {
    const s = await snapshotOf(accessOf(req).workspaceId, req.params.id);
    return { ...s, people: s.people as Record<string, unknown>[] };
  });

  app.get('/rosters/:id/audit', {
    schema: {
      tags: ['workspace'],
      summary: "Audit a roster snapshot against the workspace's framework: structure, titles, levels, spans, reporting lines, pay",
      params: SnapshotId,
      querystring: z.object({ companySize: z.coerce.number().int().positive().optional().describe('company headcount; picks the reporting lines that apply') }),
      response: { 200: AnyObject.describe('{ summary, metrics, findings, rejectedRows } (src/core/org/audit.ts)'), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const { workspaceId } = accessOf(req);
    const snapshot = await snapshotOf(workspaceId, req.params.id);
    const fw = await ctx.workspaceFrameworks.get(workspaceId);
    const result = auditRoster(rosterOf(snapshot), { framework: fw, companySize: req.query.companySize });
    return auditJson(result) as unknown as Record<string, unknown>;
  });
};
