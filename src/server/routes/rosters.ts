import type {} from '@fastify/multipart';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { auditJson, auditRoster } from '../../core/org/audit.js';
import { resolveOrgConfig } from '../../core/org/config.js';
import { diffRosters } from '../../core/org/diff.js';
import { columnMapAdvice } from '../../core/org/columns.js';
import { proposeLevels } from '../../core/org/levels.js';
import { rosterTitleReader } from '../../core/org/read-title.js';
import { PAY_DIMENSIONS, parseDimensions, payBands } from '../../core/org/pay-bands.js';
import { payJson } from '../../core/org/render-pay.js';
import { orgTrend } from '../../core/org/trend.js';
import type { Person, RejectedRow, Roster } from '../../core/org/types.js';
import { rosterFromBytes } from '../../store/roster-file.js';
import type { RosterSnapshot } from '../../store/rosters.js';
import { accessOf } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound, readingUpload } from '../errors.js';
import { assertStorableText } from '../input-guard.js';
import { charsetOf, readBodiesAsBytes } from '../raw-body.js';
import { encodingNamed, TEXT_ENCODINGS, type TextEncodingName } from '../../store/text-encoding.js';
import { AnyObject, errors } from '../schemas/common.js';
import { ROSTER_UPLOAD_DOC, RosterCreated, RosterList, RosterSnapshotSchema, RosterUploadQuery, XLSX_TYPE } from '../schemas/workspace.js';

export const MAX_ROSTER_BYTES = 50 * 1024 * 1024;

/** Nothing but white space, zero bytes (UTF-16) and byte-order marks in the first 4 KB: an empty upload. */
const blank = (b: Buffer) => !/[^\s\u0000\u00ef\u00bb\u00bf\u00fe\u00ff]/.test(b.toString('latin1', 0, Math.min(b.length, 4096)));

const SnapshotId = z.object({ id: z.string().min(1).max(100) });

/** The roster as the org audit reads it, rebuilt from a stored snapshot. */
export function rosterOf(snapshot: RosterSnapshot): Roster {
  const meta = snapshot.meta as Partial<Roster>;
  return {
    file: meta.file ?? snapshot.source,
    format: meta.format ?? 'csv',
    effectiveDate: meta.effectiveDate ?? snapshot.createdAt.slice(0, 10),
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
    readBodiesAsBytes(raw, MAX_ROSTER_BYTES);
    // A workbook sent as the body arrives as bytes; the roster reader tells spreadsheets by their bytes.
    raw.addContentTypeParser(XLSX_TYPE, { parseAs: 'buffer', bodyLimit: MAX_ROSTER_BYTES }, (_req, body, done) => done(null, body));
    raw.withTypeProvider<ZodTypeProvider>().post('/rosters', {
      bodyLimit: MAX_ROSTER_BYTES,
      config: { openapiBody: ROSTER_UPLOAD_DOC },
      schema: {
        tags: ['workspace'],
        summary: 'Import a roster (CSV, JSON or XLSX, as the body or a multipart "file") as a new snapshot, all or nothing',
        querystring: RosterUploadQuery,
        response: { 201: RosterCreated, ...errors(400, 401, 403, 413, 415) },
      },
    }, async (req, reply) => {
      let data: Buffer | undefined;
      let name = req.query.name;
      let format = req.query.format;
      let encoding: TextEncodingName | undefined;
      if (req.isMultipart()) {
        const file = await readingUpload(() => req.file({ limits: { fileSize: MAX_ROSTER_BYTES, files: 1, fields: 10, parts: 20 } }));
        if (!file) throw new HttpError(400, 'file-missing', 'Send the roster as a multipart part named "file".', 'file');
        data = await readingUpload(() => file.toBuffer());
        name ??= file.filename || undefined;
        assertStorableText(name, 'body', 'filename');
      } else if (Buffer.isBuffer(req.body)) {
        data = req.body;
        const type = req.headers['content-type'] ?? '';
        if (type.startsWith(XLSX_TYPE)) name ??= 'roster.xlsx';
        else {
          format ??= type.startsWith('application/json') ? 'json' : undefined;
          // The text's encoding: the charset the request names, else what the bytes show.
          const charset = charsetOf(type);
          if (charset !== undefined) {
            encoding = encodingNamed(charset) ?? undefined;
            if (encoding === undefined) throw new HttpError(415, 'unsupported-charset', `The charset "${charset}" is not one the roster reader takes (${TEXT_ENCODINGS.join(', ')}).`, 'content-type');
          }
        }
      }
      if (!data || blank(data)) throw new HttpError(400, 'empty-body', 'Send the roster (CSV, JSON or XLSX) as the request body.', 'body');
      const q = req.query;
      let roster: Roster;
      try {
        roster = rosterFromBytes(data, { file: name ?? 'roster', format, encoding, map: q.map, sheet: q.sheet, preset: q.preset, effectiveDate: q.date });
      } catch (e) {
        throw columnMapAdvice(
          e,
          (example) => `Name the columns with the upload's "map" parameter (field=Column pairs, comma-separated), e.g. map=${example}, or rename the columns in the file.`,
        );
      }
      // A JSON roster can spell a NUL or half a surrogate pair as an escape: check what was read.
      assertStorableText(roster, 'body');
      // Without a date of its own, a roster describes the day it was uploaded.
      roster.effectiveDate ??= new Date().toISOString().slice(0, 10);
      const { people, rejectedRows, ...meta } = roster;
      const snapshot = await store.rosters.create(accessOf(req).workspaceId, { source: roster.file, people, rejectedRows, meta });
      req.log.info({ workspace: accessOf(req).workspaceId, snapshot: snapshot.id, people: people.length, rejected: rejectedRows.length }, 'roster imported');
      return reply.status(201).send({
        id: snapshot.id,
        createdAt: snapshot.createdAt,
        source: snapshot.source,
        people: people.length,
        rejectedRows,
        columns: roster.columns,
        effectiveDate: roster.effectiveDate,
        ...(roster.sheet ? { sheet: roster.sheet } : {}),
        ...(roster.preset ? { preset: roster.preset } : {}),
        ...(roster.notes ? { notes: roster.notes } : {}),
      });
    });
  });

  app.get('/rosters', {
    schema: { tags: ['workspace'], summary: "The workspace's roster snapshots, newest first", response: { 200: RosterList, ...errors(401) } },
  }, async (req) => ({
    rosters: (await store.rosters.list(accessOf(req).workspaceId)).map((s) => ({ id: s.id, createdAt: s.createdAt, source: s.source, people: s.peopleCount, rejectedRows: s.rejectedCount, effectiveDate: s.effectiveDate ?? s.createdAt.slice(0, 10) })),
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

  app.get('/rosters/trend', {
    schema: {
      tags: ['workspace'],
      summary: 'The organisation over two or more roster snapshots: headcount by family and band, spans, layers, engineers per product person, promotions, joiners and leavers',
      querystring: z.object({ ids: z.string().min(1).max(2000).describe('snapshot ids, comma separated (two or more)'), companySize: z.coerce.number().int().positive().optional() }),
      response: { 200: AnyObject.describe('OrgTrend (src/core/org/trend.ts)'), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const { workspaceId } = accessOf(req);
    const ids = [...new Set(req.query.ids.split(',').map((s) => s.trim()).filter(Boolean))];
    if (ids.length > 24) throw new HttpError(400, 'trend-too-many', 'Choose at most 24 roster snapshots.', 'ids');
    const snapshots = [];
    for (const id of ids) {
      const roster = rosterOf(await snapshotOf(workspaceId, id, 'ids'));
      snapshots.push({ roster, date: roster.effectiveDate! });
    }
    if (snapshots.length < 2) throw new HttpError(400, 'trend-needs-two', 'Choose two or more roster snapshots.', 'ids');
    const fw = await ctx.workspaceFrameworks.get(workspaceId);
    return orgTrend(snapshots, { framework: fw, companySize: req.query.companySize }) as unknown as Record<string, unknown>;
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
      querystring: z.object({
        companySize: z.coerce.number().int().positive().optional().describe('company headcount; picks the reporting lines that apply'),
        payTolerance: z.coerce
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe('how far a salary may sit outside a pay figure before it is reported, as a fraction (default 0.2)'),
      }),
      response: { 200: AnyObject.describe('{ summary, metrics, findings, rejectedRows } (src/core/org/audit.ts)'), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const { workspaceId } = accessOf(req);
    const snapshot = await snapshotOf(workspaceId, req.params.id);
    const fw = await ctx.workspaceFrameworks.get(workspaceId);
    const config = req.query.payTolerance === undefined ? undefined : resolveOrgConfig({ pay: { tolerance: req.query.payTolerance } });
    const result = auditRoster(rosterOf(snapshot), { framework: fw, companySize: req.query.companySize, config });
    return auditJson(result) as unknown as Record<string, unknown>;
  });

  app.get('/rosters/:id/pay', {
    schema: {
      tags: ['workspace'],
      summary: "The company's own pay bands from a roster snapshot: percentiles per group, withheld for small groups and for groups a wider group would give away",
      params: SnapshotId,
      querystring: z.object({
        by: z.string().max(100).optional().describe(`dimensions, comma separated: ${PAY_DIMENSIONS.join(', ')} (default band)`),
        minGroup: z.coerce.number().int().min(3).max(1_000_000).optional().describe('the fewest people a group needs to show figures (default 5, at least 3)'),
        currency: z.string().regex(/^[A-Z]{3}$/).optional().describe('the currency of salaries that give none'),
        monthsPerYear: z.coerce.number().int().min(1).max(24).optional(),
        weeksPerYear: z.coerce.number().int().min(1).max(53).optional(),
        hoursPerYear: z.coerce.number().int().min(1).max(8784).optional(),
        people: z.enum(['true', 'false']).optional().describe("include each person's compa-ratio and the outliers by id"),
      }),
      response: { 200: AnyObject.describe('PayBands (src/core/org/pay-bands.ts)'), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const { workspaceId } = accessOf(req);
    const roster = rosterOf(await snapshotOf(workspaceId, req.params.id));
    const fw = await ctx.workspaceFrameworks.get(workspaceId);
    const q = req.query;
    const bands = payBands(roster.people, {
      normalize: rosterTitleReader(fw),
      by: parseDimensions(q.by),
      minGroup: q.minGroup,
      defaultCurrency: q.currency ?? null,
      monthsPerYear: q.monthsPerYear,
      weeksPerYear: q.weeksPerYear,
      hoursPerYear: q.hoursPerYear,
    });
    return { effectiveDate: roster.effectiveDate ?? null, ...payJson(bands, { people: q.people === 'true' }) };
  });

  app.get('/rosters/:id/levels', {
    schema: {
      tags: ['workspace'],
      summary: "The company's levels placed on the ladder's bands from the titles people hold, with the evidence and who does not fit",
      params: SnapshotId,
      response: { 200: AnyObject.describe('LevelProposal (src/core/org/levels.ts)'), ...errors(401, 404) },
    },
  }, async (req) => {
    const { workspaceId } = accessOf(req);
    const roster = rosterOf(await snapshotOf(workspaceId, req.params.id));
    const fw = await ctx.workspaceFrameworks.get(workspaceId);
    return proposeLevels(roster.people, { normalize: rosterTitleReader(fw), framework: fw }) as unknown as Record<string, unknown>;
  });
};
