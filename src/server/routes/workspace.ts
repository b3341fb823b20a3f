import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { resolveRole } from '../../core/resolve/resolve.js';
import { accessOf } from '../auth.js';
import type { AppContext } from '../context.js';
import { LadderError } from '../../core/errors.js';
import { HttpError, notFound } from '../errors.js';
import { assertStorableText } from '../input-guard.js';
import { readBodiesAsText } from '../raw-body.js';
import { RoleQuery, errors } from '../schemas/common.js';
import { asRoleViewBody, ResolutionSchema, ResolveQuery, RoleList, RoleViewSchema } from '../schemas/framework.js';
import { CreateTokenBody, CreatedTokenSchema, FRAMEWORK_UPLOAD_DOC, TokenList, WorkspaceFrameworkSchema, WorkspaceInfo } from '../schemas/workspace.js';
import { cachedRoleView, resolution, rolesList, RolesQuery } from './framework.js';
import { normalizeRoutes } from './normalize.js';

export const MAX_FRAMEWORK_BYTES = 2 * 1024 * 1024;

/** The workspace itself, its tokens, its company framework, and the framework routes that use it. */
export const workspaceRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { store } = ctx;
  const frameworkOf = (req: Parameters<typeof accessOf>[0]) => ctx.workspaceFrameworks.get(accessOf(req).workspaceId);

  app.get('/', {
    schema: { tags: ['workspace'], summary: 'The workspace this token opens, and the token\'s role', response: { 200: WorkspaceInfo, ...errors(401) } },
  }, async (req) => {
    const a = accessOf(req);
    return { id: a.workspaceId, name: a.workspaceName, role: a.role };
  });

  app.post('/tokens', {
    config: { minRole: 'owner' },
    schema: {
      tags: ['workspace'],
      summary: 'Issue a token for this workspace (owners only); the token is shown once',
      body: CreateTokenBody,
      response: { 201: CreatedTokenSchema, ...errors(400, 401, 403) },
    },
  }, async (req, reply) => {
    const days = req.body.expiresInDays;
    const expiresAt = days === undefined ? null : new Date(Date.now() + days * 86_400_000);
    const created = await store.workspaces.createToken(accessOf(req).workspaceId, req.body.role, req.body.label ?? null, expiresAt);
    req.log.info({ workspace: accessOf(req).workspaceId, role: created.role, tokenId: created.id }, 'token issued');
    return reply.status(201).send(created);
  });

  app.get('/tokens', {
    config: { minRole: 'owner' },
    schema: {
      tags: ['workspace'],
      summary: "The workspace's tokens (owners only): role, label, created, expires, last used; never the tokens themselves",
      response: { 200: TokenList, ...errors(401, 403) },
    },
  }, async (req) => ({ tokens: await store.workspaces.listTokens(accessOf(req).workspaceId) }));

  app.delete('/tokens/:id', {
    config: { minRole: 'owner' },
    schema: {
      tags: ['workspace'],
      summary: 'Revoke a token (owners only): refused from the next request on. The last owner token cannot be revoked.',
      params: z.object({ id: z.string().min(1).max(100) }),
      response: { 204: z.null().describe('revoked'), ...errors(401, 403, 404, 409) },
    },
  }, async (req, reply) => {
    const workspaceId = accessOf(req).workspaceId;
    let revoked: boolean;
    try {
      revoked = await store.workspaces.revokeToken(workspaceId, req.params.id);
    } catch (e) {
      if (e instanceof LadderError && e.code === 'last-owner-token') throw new HttpError(409, e.code, e.message, 'id');
      throw e;
    }
    if (!revoked) throw notFound('The token', 'id', 'token-not-found');
    req.log.info({ workspace: workspaceId, tokenId: req.params.id }, 'token revoked');
    return reply.status(204).send(null);
  });

  const frameworkState = async (workspaceId: string) => {
    const stored = await store.frameworks.get(workspaceId);
    const fw = await ctx.workspaceFrameworks.get(workspaceId);
    return { custom: Boolean(stored), name: fw.name, text: stored?.text ?? null, updatedAt: stored?.updatedAt ?? null, roles: fw.roles.length };
  };

  app.get('/framework', {
    schema: { tags: ['workspace'], summary: "The workspace's company framework file", response: { 200: WorkspaceFrameworkSchema, ...errors(401) } },
  }, async (req) => frameworkState(accessOf(req).workspaceId));

  // The company framework file arrives as raw text, whatever its content type, so that its
  // errors can name lines.
  await app.register(async (raw) => {
    readBodiesAsText(raw, MAX_FRAMEWORK_BYTES);
    raw.withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>().put('/framework', {
      bodyLimit: MAX_FRAMEWORK_BYTES,
      config: { openapiBody: FRAMEWORK_UPLOAD_DOC },
      schema: {
        tags: ['workspace'],
        summary: 'Set the company framework file (YAML or JSON), laid over the built-in framework; validated first',
        response: { 200: WorkspaceFrameworkSchema, ...errors(400, 401, 403, 413, 415) },
      },
    }, async (req) => {
      const text = typeof req.body === 'string' ? req.body : '';
      if (!text.trim()) throw new HttpError(400, 'empty-body', 'Send the company framework file as the request body.', 'body');
      const workspaceId = accessOf(req).workspaceId;
      const built = await ctx.workspaceFrameworks.build(text, 'framework');
      assertStorableText(built.framework.name, 'body', 'name');
      const stored = await store.frameworks.put(workspaceId, { name: built.framework.name, text });
      ctx.workspaceFrameworks.set(workspaceId, stored.updatedAt, built);
      return frameworkState(workspaceId);
    });
  });

  app.delete('/framework', {
    schema: { tags: ['workspace'], summary: 'Go back to the built-in framework', response: { 200: WorkspaceFrameworkSchema, ...errors(401, 403) } },
  }, async (req) => {
    const workspaceId = accessOf(req).workspaceId;
    await store.frameworks.delete(workspaceId);
    ctx.workspaceFrameworks.forget(workspaceId);
    return frameworkState(workspaceId);
  });

  app.get('/roles', {
    schema: { tags: ['workspace'], summary: "Roles of the workspace's framework", querystring: RolesQuery, response: { 200: RoleList, ...errors(400, 401) } },
  }, async (req) => rolesList(await frameworkOf(req), req.query));

  app.get('/roles/:id', {
    schema: {
      tags: ['workspace'],
      summary: "One role of the workspace's framework (company titles and renames apply)",
      params: z.object({ id: RoleQuery }),
      response: { 200: RoleViewSchema, ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const fw = await frameworkOf(req);
    return asRoleViewBody(cachedRoleView(fw, resolveRole(fw, req.params.id, { field: 'id' }).role));
  });

  app.get('/resolve', {
    schema: {
      tags: ['workspace'],
      summary: "The role of the workspace's framework a text names or reads as (company titles apply)",
      querystring: ResolveQuery,
      response: { 200: ResolutionSchema, ...errors(400, 401, 404) },
    },
  }, async (req) => resolution(await frameworkOf(req), req.query));

  await app.register(normalizeRoutes, { frameworkOf, normalizerFor: ctx.normalizerFor, rateLimitPerMinute: ctx.config.rateLimitPerMinute, tag: 'workspace', minRole: 'viewer' });
};
