import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/**
 * OpenAPI 3.1 from the same zod schemas that validate the requests, at /api/openapi.json, and
 * Swagger UI at /api/docs (its assets come from the package: nothing is fetched from elsewhere).
 * Register before the routes, so that it sees them.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Product Ladder API',
        version,
        description:
          'The product ladder as data: families, roles, ladders, comparisons, career paths and a title normalizer (public), ' +
          'and per-workspace company frameworks, rosters, audits and assessments (with a workspace token). ' +
          'Every error answers `{ "error": { "code", "message", "field" } }`.',
      },
      components: {
        securitySchemes: {
          workspaceToken: { type: 'http', scheme: 'bearer', description: 'A workspace API token ("lad_…"): `ladder admin create-workspace <name>` prints the first one.' },
        },
      },
      tags: [
        { name: 'framework', description: 'The built-in framework, read-only' },
        { name: 'career', description: 'Career navigation' },
        { name: 'normalize', description: 'Job title normalization' },
        { name: 'org', description: 'Organisation design' },
        { name: 'workspace', description: 'A workspace: needs `Authorization: Bearer <token>`' },
        { name: 'service', description: 'Health and readiness' },
      ],
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const url = input.url;
      const schema = (out.schema ?? {}) as Record<string, unknown>;
      if (!url.startsWith('/api/') && !['/health', '/ready'].includes(url)) return { ...out, schema: { ...schema, hide: true } };
      const config = (input.route as { config?: { openapiBody?: Record<string, unknown> } } | undefined)?.config;
      if (url.startsWith('/api/v1/workspace')) schema.security = [{ workspaceToken: [] }];
      if (config?.openapiBody) {
        // @fastify/swagger turns `body` + `consumes` into a requestBody with these content types.
        const [first] = Object.values(config.openapiBody) as Record<string, unknown>[];
        schema.consumes = Object.keys(config.openapiBody);
        schema.body = (first && 'schema' in first ? first.schema : first) as unknown;
      }
      return { ...out, schema };
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: true },
    staticCSP: true,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
