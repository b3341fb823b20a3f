import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/api.js';
import { fixtureFramework } from '../../test/fixture-framework.js';
import { roleView } from '../core/framework/view.js';
import { RoleViewSchema } from './schemas/framework.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 5 });
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('service endpoints', () => {
  it('answers /health and /ready', async () => {
    expect((await get('/health')).json()).toEqual({ status: 'ok' });
    const ready = await get('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', store: 'pglite' });
  });
});

describe('public framework API', () => {
  it('lists families with their role counts', async () => {
    const res = await get('/api/v1/families');
    expect(res.statusCode).toBe(200);
    const { families } = res.json();
    expect(families.map((f: { id: string }) => f.id)).toEqual(['product-management', 'product-operations', 'project-management']);
    expect(families[0]).toMatchObject({ name: 'Product Management', contrast: false, roles: 4 });
    expect(typeof families[0].summary).toBe('string');
  });

  it('lists roles with filters; look-alike roles only when asked', async () => {
    const all = (await get('/api/v1/roles')).json().roles;
    expect(all.map((r: { id: string }) => r.id)).not.toContain('project-manager');
    expect(all[0]).toEqual({ id: 'associate-product-manager', title: 'Associate Product Manager', family: 'product-management', level: 1, track: 'ic' });
    expect((await get('/api/v1/roles?contrasts=true')).json().roles.map((r: { id: string }) => r.id)).toContain('project-manager');
    expect((await get('/api/v1/roles?family=product-management&band=3')).json().roles.map((r: { id: string }) => r.id)).toEqual(['senior-product-manager']);
    expect((await get('/api/v1/roles?track=management')).json().roles.map((r: { id: string }) => r.id)).toEqual(['group-product-manager']);
  });

  it('validates queries: a 400 names the field', async () => {
    const res = await get('/api/v1/roles?band=eleven');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid-request', field: 'band' });
    expect((await get('/api/v1/roles?family=astrology')).json().error.field).toBe('family');
  });

  it('gives a role view by id, title or alias, and a 404 with suggestions for an unknown one', async () => {
    const byId = await get('/api/v1/roles/senior-product-manager');
    expect(byId.statusCode).toBe(200);
    expect(byId.json()).toMatchObject({ id: 'senior-product-manager', level: 3, levelName: 'Senior', track: 'ic', familyName: 'Product Management', codes: null });
    expect(byId.json().nextRoles).toEqual([{ id: 'group-product-manager', title: 'Group Product Manager', kind: 'promotion' }]);
    expect((await get('/api/v1/roles/Sr%20PM')).json().id).toBe('senior-product-manager');
    expect((await get(`/api/v1/roles/${encodeURIComponent('group product manager')}`)).json().id).toBe('group-product-manager');
    const pm = (await get('/api/v1/roles/pm')).json();
    expect(pm.reportsTo[0]).toMatchObject({ role: 'group-product-manager', title: 'Group Product Manager', inFramework: true });
    expect(pm.pay[0]).toMatchObject({ region: 'US', currency: 'USD', period: 'year' });
    expect((await get('/api/v1/roles/Senior%20Prodct%20Manager')).json().id).toBe('senior-product-manager');
    const miss = await get('/api/v1/roles/Senior%20Product%20Wizard');
    expect(miss.statusCode).toBe(404);
    expect(miss.json().error).toMatchObject({ code: 'role-not-found', field: 'id', message: 'No role matches "Senior Product Wizard". Closest: Senior Product Manager, Associate Product Manager, Group Product Manager.' });
    expect(miss.json().error.issues.filter((i: { code: string }) => i.code === 'did-you-mean').map((i: { value: string }) => i.value)).toEqual(['senior-product-manager', 'associate-product-manager', 'group-product-manager']);
  });

  it('sends role views (pre-serialized) that match the documented schema, for every role', async () => {
    const fw = fixtureFramework();
    for (const role of fw.roles) {
      expect(RoleViewSchema.safeParse(roleView(fw, role)).success, role.id).toBe(true);
      const res = await get(`/api/v1/roles/${role.id}`);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.json()).toEqual(JSON.parse(JSON.stringify(roleView(fw, role))));
    }
  });

  it('draws a ladder with the two tracks side by side', async () => {
    const res = await get('/api/v1/ladders/product-management');
    expect(res.statusCode).toBe(200);
    const ladder = res.json();
    expect(ladder).toMatchObject({ family: 'product-management', name: 'Product Management' });
    expect(ladder.rungs.map((r: { band: number }) => r.band)).toEqual([1, 2, 3, 5]);
    expect(ladder.rungs[3]).toEqual({ band: 5, name: 'Principal / Group', ic: [], management: [{ id: 'group-product-manager', title: 'Group Product Manager' }] });
    const none = await get('/api/v1/ladders/astrology');
    expect(none.statusCode).toBe(404);
    expect(none.json().error).toMatchObject({ code: 'family-not-found', field: 'family' });
  });

  it('compares two roles', async () => {
    const res = await get('/api/v1/compare?a=pm&b=Sr%20PM');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ a: { id: 'product-manager' }, b: { id: 'senior-product-manager' }, levelDelta: 1, sameFamily: true, trackChange: false });
    expect(res.json().relations).toEqual([{ kind: 'promotion', from: 'product-manager', to: 'senior-product-manager', criteria: [{ text: 'Shows it.', source: ['seed:000'] }] }]);
    const missing = await get('/api/v1/compare?a=pm');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('b');
  });

  it('answers career questions: diff, paths, next steps', async () => {
    const diff = await get('/api/v1/diff?a=pm&b=senior-product-manager');
    expect(diff.statusCode).toBe(200);
    const paths = await get('/api/v1/paths?from=associate-product-manager&to=group-product-manager');
    expect(paths.statusCode).toBe(200);
    expect(paths.json().routes[0].steps.map((s: { to: string }) => s.to)).toEqual(['product-manager', 'senior-product-manager', 'group-product-manager']);
    const next = await get('/api/v1/next/pm');
    expect(next.statusCode).toBe(200);
    expect(next.json().promotions[0].to.id).toBe('senior-product-manager');
    expect((await get('/api/v1/next/nobody-at-all')).statusCode).toBe(404);
    expect((await get('/api/v1/competencies/product-management')).json().error.code).toBe('no-competency-matrix');
  });
});

describe('normalize API', () => {
  it('normalizes one title and a batch, validating the body', async () => {
    const one = await t.app.inject({ method: 'POST', url: '/api/v1/normalize', payload: { title: 'Senior Product Manager' } });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ roleId: 'senior-product-manager', family: 'product-management', level: 3 });
    const batch = await t.app.inject({ method: 'POST', url: '/api/v1/normalize/batch', payload: { titles: ['Product Manager', 'Astronaut'] } });
    expect(batch.json().results.map((r: { roleId: string | null }) => r.roleId)).toEqual(['product-manager', null]);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/normalize', payload: { name: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid-request' });
    const tooMany = await t.app.inject({ method: 'POST', url: '/api/v1/normalize/batch', payload: { titles: Array(10_001).fill('PM') } });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.field).toBe('titles');
  });

  it('reads titles in the context the body names, general by default, and rejects an unknown context', async () => {
    // Each request from its own client, so the suite's low rate limit is not spent here.
    let client = 0;
    const from = () => `10.8.0.${++client}`;
    const post = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/normalize', payload, remoteAddress: from() });
    const general = (await post({ title: 'Staff PM' })).json();
    expect(general).toMatchObject({ family: null, context: 'general' });
    expect(general.alternatives[0]).toMatchObject({ family: 'product-management', level: 4 });
    expect(general.explanation.text).toContain('the product context would read it');
    const product = (await post({ title: 'Staff PM', context: 'product' })).json();
    expect(product).toMatchObject({ family: 'product-management', level: 4, track: 'ic', context: 'product' });
    expect(product.explanation.text).toContain('read as product because of the product context');
    const batch = await t.app.inject({ method: 'POST', url: '/api/v1/normalize/batch', payload: { titles: ['Sr. PM', 'Sr. PM, Civil Works'], context: 'product' }, remoteAddress: from() });
    expect(batch.json().results.map((r: { family: string | null }) => r.family)).toEqual(['product-management', null]);
    for (const [url, payload] of [['/api/v1/normalize', { title: 'PM', context: 'products' }], ['/api/v1/normalize/batch', { titles: ['PM'], context: 'Product org' }]] as const) {
      const bad = await t.app.inject({ method: 'POST', url, payload, remoteAddress: from() });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('context');
    }
  });

  it('rejects malformed JSON and unsupported media types with codes', async () => {
    const broken = await t.app.inject({ method: 'POST', url: '/api/v1/normalize', headers: { 'content-type': 'application/json' }, payload: '{"title": ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('invalid-json');
    const xml = await t.app.inject({ method: 'POST', url: '/api/v1/normalize', headers: { 'content-type': 'application/xml' }, payload: '<title/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('unsupported-media-type');
  });

  it('refuses bodies over the limit', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/normalize', payload: { title: 'x'.repeat(2 * 1024 * 1024) } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('body-too-large');
  });

  it('rate-limits per client', async () => {
    const local = await createTestApp({ rateLimitPerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await local.app.inject({ method: 'POST', url: '/api/v1/normalize', payload: { title: 'PM' }, remoteAddress: '10.9.9.9' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429, 429]);
      const limited = await local.app.inject({ method: 'POST', url: '/api/v1/normalize', payload: { title: 'PM' }, remoteAddress: '10.9.9.9' });
      expect(limited.json().error.code).toBe('rate-limited');
      expect(limited.headers['retry-after']).toBeDefined();
      expect((await local.app.inject({ method: 'POST', url: '/api/v1/normalize', payload: { title: 'PM' }, remoteAddress: '10.9.9.8' })).statusCode).toBe(200);
      expect((await local.app.inject({ method: 'GET', url: '/api/v1/roles/pm', remoteAddress: '10.9.9.9' })).statusCode).toBe(200);
    } finally {
      await local.close();
    }
  });
});

describe('org design', () => {
  it('recommends an organisation from a few numbers, validating them', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/org/design', payload: { pms: 6, productLines: 2, companySize: 150, stage: 'growth', agile: true } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ params: { pms: 6, productLines: 2, companySize: 150 } });
    expect(Array.isArray(res.json().roster)).toBe(true);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/org/design', payload: { pms: -1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('pms');
  });
});

describe('errors and documentation', () => {
  it('answers unknown routes with a JSON 404', async () => {
    const res = await get('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not-found', message: 'No route GET /api/v1/nothing-here', field: null } });
  });

  it('serves OpenAPI 3.1 built from the zod schemas', async () => {
    const res = await get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/roles/{id}', '/api/v1/normalize', '/api/v1/workspace/rosters', '/health']));
    expect(doc.paths['/api/v1/normalize'].post.requestBody.content['application/json'].schema.properties.title.type).toBe('string');
    expect(doc.paths['/api/v1/workspace'].get.security).toEqual([{ workspaceToken: [] }]);
    expect(doc.paths['/api/v1/roles'].get.security).toBeUndefined();
    expect(doc.paths['/api/v1/normalize/jobs'].post.requestBody.content['multipart/form-data']).toBeDefined();
    expect(doc.components.schemas.RoleView).toBeDefined();
    expect(doc.components.schemas.Error).toBeDefined();
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/docs'))).toBe(false);
  });

  it('serves the docs page with its own assets, nothing from elsewhere', async () => {
    const page = await get('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).not.toMatch(/(src|href)="https?:\/\//);
    const script = await get('/api/docs/static/swagger-ui-bundle.js');
    expect(script.statusCode).toBe(200);
  });
});
