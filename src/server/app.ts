import { rmSync } from 'node:fs';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { CompetencyMatrix } from '../core/career/competencies.js';
import type { Framework } from '../core/framework/schema.js';
import type { TitleContext } from '../core/normalize/index.js';
import type { Store } from '../store/index.js';
import { BadTokenLimiter, protectWorkspaceRoutes } from './auth.js';
import type { AppContext } from './context.js';
import { errorHandler, HttpError } from './errors.js';
import { guardInputText } from './input-guard.js';
import { logSerializers } from './log.js';
import { JobRunner } from './job-runner.js';
import { normalizerFor as defaultNormalizerFor, type Normalize } from './normalizer.js';
import { registerOpenApi } from './openapi.js';
import { acceptTextBodies } from './raw-body.js';
import { assessmentRoutes } from './routes/assessments.js';
import { careerRoutes } from './routes/career.js';
import { frameworkRoutes } from './routes/framework.js';
import { normalizeJobRoutes } from './routes/normalize-jobs.js';
import { normalizeRoutes } from './routes/normalize.js';
import { orgRoutes } from './routes/org.js';
import { rosterRoutes } from './routes/rosters.js';
import { searchRoutes } from './routes/search.js';
import { workspaceRoutes } from './routes/workspace.js';
import { errors } from './schemas/common.js';
import { makeSpoolDir } from './spool.js';
import { registerWebApp } from './web.js';
import { WorkspaceFrameworks } from './workspace-frameworks.js';

export const API_PREFIX = '/api/v1';
export const WORKSPACE_PREFIX = `${API_PREFIX}/workspace`;
/** JSON bodies beyond this are refused (routes that take files or batches raise it). */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  store: Store;
  framework: Framework;
  competencies?: (() => CompetencyMatrix[]) | undefined;
  normalizerFor?: ((fw: Framework, context?: TitleContext) => Normalize) | undefined;
  /** Requests per minute per client on the normalize routes; 0 turns the limit off. Default 1200. */
  rateLimitPerMinute?: number | undefined;
  /** Wrong workspace tokens per minute per client address before 429s; 0 turns the limit off. Default 20. */
  badTokensPerMinute?: number | undefined;
  /** Memory for built company frameworks, in bytes (estimated). Default 512 MB. */
  frameworkCacheBytes?: number | undefined;
  /** Normalize jobs: lease and polling (see JobRunner). */
  jobLeaseMs?: number | undefined;
  jobPollMs?: number | undefined;
  /** The built web app, served at / when it has an index.html. */
  webDir?: string | undefined;
  /**
   * The proxies in front of the server (TRUST_PROXY, see trust-proxy.ts): their X-Forwarded-For
   * gives `request.ip`, which the per-address limits and the log use. Unset: the connection's address.
   */
  trustProxy?: readonly string[] | undefined;
  /** Fastify's logger: pino options, or false. */
  logger?: FastifyServerOptions['logger'] | undefined;
  loggerInstance?: FastifyBaseLogger | undefined;
  version?: string | undefined;
  /**
   * Check every response against its zod schema before sending it (tests do). Off in production,
   * where responses are built from typed core results and plain JSON.stringify is several times
   * faster on large views (a role page).
   */
  validateResponses?: boolean | undefined;
}

export interface RouteInfo {
  method: string;
  url: string;
  minRole?: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route, as registered: the isolation tests walk this list. */
    routeList: RouteInfo[];
    /** False once shutdown starts: /ready answers 503 so load balancers stop sending work. */
    acceptingWork: boolean;
    jobs: JobRunner;
  }
}

/**
 * The web app's Content-Security-Policy: its own scripts only (no inline script, no eval), its own
 * styles plus the style attributes React sets, calls to this server only, and no framing.
 */
export const WEB_APP_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Fastify's logger options with the serializers that keep personal data out of the log. */
function withSafeSerializers(logger: FastifyServerOptions['logger'] | undefined): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const given = logger === true ? {} : (logger as Exclude<FastifyServerOptions['logger'], boolean | undefined>);
  // Fastify's types want a message in an error's log entry; leaving it out is the point.
  return { ...given, serializers: { ...(given as { serializers?: object }).serializers, ...logSerializers } as never };
}

/** The HTTP application, ready to `listen` or `inject`. The caller owns the store. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance.child({}, { serializers: logSerializers }) } : { logger: withSafeSerializers(options.logger) }),
    bodyLimit: DEFAULT_BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    requestIdHeader: 'x-request-id',
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(options.validateResponses ? serializerCompiler : () => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  app.decorate('routeList', [] as RouteInfo[]);
  app.decorate('acceptingWork', true);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) app.routeList.push({ method, url: route.url, minRole: route.config?.minRole });
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    // The web app's pages; /api/docs and the HTML reports set their own, stricter for what they are.
    if (!reply.hasHeader('content-security-policy') && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.header('content-security-policy', WEB_APP_CSP);
    return payload;
  });
  guardInputText(app);

  // Made on the first upload, so that an app that fails to build or never takes one leaves nothing.
  let spool: string | undefined;
  const spoolDir = () => (spool ??= makeSpoolDir());
  const normalizerFor = options.normalizerFor ?? defaultNormalizerFor;
  const workspaceFrameworks = new WorkspaceFrameworks(options.store, options.framework, options.frameworkCacheBytes);
  const jobs = new JobRunner(options.store, (context) => normalizerFor(options.framework, context), app.log, { leaseMs: options.jobLeaseMs, pollMs: options.jobPollMs });
  app.decorate('jobs', jobs);
  app.addHook('onClose', async () => {
    await jobs.stop();
    await workspaceFrameworks.close();
    if (spool) rmSync(spool, { recursive: true, force: true });
  });

  const ctx: AppContext = {
    store: options.store,
    framework: options.framework,
    normalizerFor,
    competencies: options.competencies,
    workspaceFrameworks,
    jobs,
    config: { rateLimitPerMinute: options.rateLimitPerMinute ?? 1200 },
  };

  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) =>
      new HttpError(429, 'rate-limited', `Too many requests: at most ${context.max} a minute. Try again in ${Math.ceil(context.ttl / 1000)} s, or send titles in one batch.`),
  });
  await app.register(fastifyMultipart, { limits: { fileSize: DEFAULT_BODY_LIMIT, files: 1, parts: 20 } });
  // Text bodies (CSV, YAML) arrive as strings; routes that take them say so.
  acceptTextBodies(app);

  await registerOpenApi(app, options.version ?? '0.1.0');

  app.get('/health', {
    schema: { tags: ['service'], summary: 'Liveness: 200 while the process serves requests', response: { 200: z.object({ status: z.literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/ready', {
    schema: {
      tags: ['service'],
      summary: 'Readiness: 200 when the database answers and the server is not shutting down',
      response: { 200: z.object({ status: z.literal('ready'), store: z.enum(['pglite', 'postgres']) }), ...errors(503) },
    },
  }, async () => {
    if (!app.acceptingWork) throw new HttpError(503, 'shutting-down', 'The server is shutting down.');
    try {
      await options.store.ping();
    } catch (e) {
      app.log.warn({ err: e }, 'readiness check failed');
      throw new HttpError(503, 'database-unavailable', 'The database does not answer.');
    }
    return { status: 'ready' as const, store: options.store.kind };
  });

  await app.register(async (api) => {
    await api.register(frameworkRoutes, { framework: options.framework });
    await api.register(careerRoutes, { framework: options.framework, competencies: options.competencies });
    await api.register(normalizeRoutes, { frameworkOf: () => options.framework, normalizerFor, rateLimitPerMinute: ctx.config.rateLimitPerMinute, tag: 'normalize' });
    await api.register(normalizeJobRoutes, { store: options.store, jobs, spoolDir });
    await api.register(orgRoutes, { framework: options.framework });
    await api.register(searchRoutes, { framework: options.framework });
    await api.register(async (ws) => {
      protectWorkspaceRoutes(ws, options.store, new BadTokenLimiter(options.badTokensPerMinute ?? 20));
      await ws.register(workspaceRoutes, { ctx });
      await ws.register(rosterRoutes, { ctx });
      await ws.register(assessmentRoutes, { ctx });
    }, { prefix: '/workspace' });
  }, { prefix: API_PREFIX });

  const web = await registerWebApp(app, options.webDir);
  app.setNotFoundHandler((req, reply) => {
    const wantsPage = web && (req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/api') && (req.headers.accept ?? '').includes('text/html');
    if (wantsPage) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send({ error: { code: 'not-found', message: `No route ${req.method} ${req.url.split('?')[0]}`, field: null } });
  });

  return app;
}
