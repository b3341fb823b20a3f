import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { LadderError } from '../../core/errors.js';
import { compareRoles } from '../../core/framework/compare.js';
import { getLadder, listRoles } from '../../core/framework/query.js';
import { describeResolution, resolveRole } from '../../core/resolve/resolve.js';
import { AnyFamilyId, Track, type Framework, type Role } from '../../core/framework/schema.js';
import { roleView, type RoleView } from '../../core/framework/view.js';
import { QueryBoolean, RoleQuery, errors } from '../schemas/common.js';
import { asRoleViewBody, ComparisonSchema, FamilyList, LadderSchema, ResolutionSchema, ResolveQuery, RoleList, RoleViewSchema } from '../schemas/framework.js';

/** The framework as read-only data: families, roles, a role's page, ladders, comparisons. */

const views = new WeakMap<Framework, Map<string, RoleView>>();
/** Role views are pure functions of an immutable framework: build each once. */
export function cachedRoleView(fw: Framework, role: Role): RoleView {
  let byId = views.get(fw);
  if (!byId) views.set(fw, (byId = new Map()));
  let view = byId.get(role.id);
  if (!view) byId.set(role.id, (view = roleView(fw, role)));
  return view;
}

const json = new WeakMap<RoleView, string>();
/** The role view as JSON text, serialized once: a role page is ~12 kB and asked for often. */
export function roleViewJson(view: RoleView): string {
  let text = json.get(view);
  if (text === undefined) json.set(view, (text = JSON.stringify(view)));
  return text;
}

export const RolesQuery = z.object({
  family: AnyFamilyId.optional(),
  band: z.coerce.number().int().min(0).max(10).optional(),
  track: Track.optional(),
  contrasts: QueryBoolean.optional().describe('include the look-alike roles (project, programme, delivery managers)'),
});

export function rolesList(fw: Framework, q: z.output<typeof RolesQuery>) {
  return { roles: listRoles(fw, { family: q.family, band: q.band, track: q.track, includeContrasts: q.contrasts }).map((r) => ({ id: r.id, title: r.title, family: r.family, level: r.band, track: r.track })) };
}

export function familyOf(id: string): z.output<typeof AnyFamilyId> {
  const parsed = AnyFamilyId.safeParse(id);
  if (!parsed.success) {
    throw new LadderError('family-not-found', `No family "${id}". Families: ${AnyFamilyId.options.join(', ')}`, {
      issues: [{ code: 'family-not-found', message: 'unknown family', field: 'family', value: id }],
    });
  }
  return parsed.data;
}

/** The body of GET /resolve: the role a text gives in a context, and how it was read. */
export function resolution(fw: Framework, q: z.output<typeof ResolveQuery>) {
  const r = resolveRole(fw, q.text, { context: q.context, field: 'text' });
  return {
    text: r.text,
    context: r.context,
    role: { id: r.role.id, title: r.role.title, family: r.role.family, level: r.role.band, track: r.role.track },
    by: r.by,
    confidence: r.confidence,
    note: describeResolution(r),
    reading: r.reading as unknown as Record<string, unknown> | null,
  };
}

export const frameworkRoutes: FastifyPluginAsyncZod<{ framework: Framework }> = async (app, { framework: fw }) => {
  app.get('/families', {
    schema: { tags: ['framework'], summary: 'The families of the framework', response: { 200: FamilyList } },
  }, async () => ({
    families: fw.families.map((f) => ({ id: f.id, name: f.name, contrast: f.contrast, summary: f.summary.text, roles: fw.roles.filter((r) => r.family === f.id).length })),
  }));

  app.get('/roles', {
    schema: { tags: ['framework'], summary: 'List roles, in ladder order', querystring: RolesQuery, response: { 200: RoleList, ...errors(400) } },
  }, async (req) => rolesList(fw, req.query));

  app.get('/roles/:id', {
    schema: {
      tags: ['framework'],
      summary: 'One role: what it does, skills, levelling up, reporting, pay, other names, sources',
      params: z.object({ id: RoleQuery }),
      response: { 200: RoleViewSchema, ...errors(400, 404) },
    },
  }, async (req, reply) => {
    const view = cachedRoleView(fw, resolveRole(fw, req.params.id, { field: 'id' }).role);
    // Pre-serialized (tests check every view against RoleViewSchema instead).
    return reply.type('application/json; charset=utf-8').serializer((s: unknown) => s as string).send(roleViewJson(view) as unknown as ReturnType<typeof asRoleViewBody>);
  });

  app.get('/resolve', {
    schema: {
      tags: ['framework'],
      summary: "The role a text names or reads as: an id, a title, another name, or any job title the normalizer can place. The same reading every route that takes a role uses",
      querystring: ResolveQuery,
      response: { 200: ResolutionSchema, ...errors(400, 404) },
    },
  }, async (req) => resolution(fw, req.query));

  app.get('/ladders/:family', {
    schema: {
      tags: ['framework'],
      summary: "A family's ladder, band by band, with the IC and management tracks side by side",
      params: z.object({ family: z.string().describe(`one of: ${AnyFamilyId.options.join(', ')}`) }),
      response: { 200: LadderSchema, ...errors(404) },
    },
  }, async (req) => {
    const ladder = getLadder(fw, familyOf(req.params.family));
    const brief = (roles: Role[]) => roles.map((r) => ({ id: r.id, title: r.title }));
    return { ...ladder, rungs: ladder.rungs.map((r) => ({ band: r.band, name: r.name, ic: brief(r.ic), management: brief(r.management) })) };
  });

  app.get('/compare', {
    schema: {
      tags: ['framework'],
      summary: 'Two roles side by side',
      querystring: z.object({ a: RoleQuery, b: RoleQuery }),
      response: { 200: ComparisonSchema, ...errors(400, 404) },
    },
  }, async (req) => compareRoles(fw, req.query.a, req.query.b));
};
