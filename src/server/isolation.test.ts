/**
 * Workspace isolation, for EVERY workspace route: the routes are read from the app itself, so a
 * route added without a case here fails the first test. A token of workspace B can never read or
 * change workspace A; no route answers without a valid token; viewers cannot write.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/api.js';
import { COMPANY_FRAMEWORK } from '../../test/fixture-framework.js';
import { WORKSPACE_PREFIX } from './app.js';

interface Fixture {
  rosterId: string;
  /** A second, earlier snapshot, for the routes that compare snapshots. */
  earlierRosterId: string;
  /** A viewer token of workspace A. */
  tokenId: string;
}

/** How to call each workspace route, aimed at workspace A's data. Keys: "METHOD /url". */
const CALLS: Record<string, (f: Fixture) => Omit<InjectOptions, 'method'>> = {
  'GET /api/v1/workspace': () => ({ url: '/api/v1/workspace' }),
  'POST /api/v1/workspace/tokens': () => ({ url: '/api/v1/workspace/tokens', payload: { role: 'owner' } }),
  'GET /api/v1/workspace/tokens': () => ({ url: '/api/v1/workspace/tokens' }),
  'DELETE /api/v1/workspace/tokens/:id': (f) => ({ url: `/api/v1/workspace/tokens/${f.tokenId}` }),
  'GET /api/v1/workspace/framework': () => ({ url: '/api/v1/workspace/framework' }),
  'PUT /api/v1/workspace/framework': () => ({ url: '/api/v1/workspace/framework', headers: { 'content-type': 'application/yaml' }, payload: 'name: Hijacked\n' }),
  'DELETE /api/v1/workspace/framework': () => ({ url: '/api/v1/workspace/framework' }),
  'GET /api/v1/workspace/roles': () => ({ url: '/api/v1/workspace/roles' }),
  'GET /api/v1/workspace/roles/:id': () => ({ url: '/api/v1/workspace/roles/ai-product-manager' }),
  'GET /api/v1/workspace/resolve': () => ({ url: `/api/v1/workspace/resolve?text=${encodeURIComponent('Chief Wizard of Widgets')}` }),
  'POST /api/v1/workspace/normalize': () => ({ url: '/api/v1/workspace/normalize', payload: { title: 'Chief Wizard of Widgets' } }),
  'POST /api/v1/workspace/normalize/batch': () => ({ url: '/api/v1/workspace/normalize/batch', payload: { titles: ['Chief Wizard of Widgets'] } }),
  'POST /api/v1/workspace/rosters': () => ({ url: '/api/v1/workspace/rosters', headers: { 'content-type': 'text/csv' }, payload: 'id,name,title,manager_id\nx1,Intruder,Product Manager,\n' }),
  'GET /api/v1/workspace/rosters': () => ({ url: '/api/v1/workspace/rosters' }),
  'GET /api/v1/workspace/rosters/diff': (f) => ({ url: `/api/v1/workspace/rosters/diff?before=${f.rosterId}&after=${f.rosterId}` }),
  'GET /api/v1/workspace/rosters/:id': (f) => ({ url: `/api/v1/workspace/rosters/${f.rosterId}` }),
  'GET /api/v1/workspace/rosters/:id/audit': (f) => ({ url: `/api/v1/workspace/rosters/${f.rosterId}/audit` }),
  'GET /api/v1/workspace/rosters/:id/pay': (f) => ({ url: `/api/v1/workspace/rosters/${f.rosterId}/pay?minGroup=3&people=true` }),
  'GET /api/v1/workspace/rosters/:id/levels': (f) => ({ url: `/api/v1/workspace/rosters/${f.rosterId}/levels` }),
  'GET /api/v1/workspace/rosters/trend': (f) => ({ url: `/api/v1/workspace/rosters/trend?ids=${f.earlierRosterId},${f.rosterId}` }),
  'POST /api/v1/workspace/assessments': () => ({
    url: '/api/v1/workspace/assessments',
    payload: { person: 'Mallory Probe', family: 'product-management', role: null, track: 'ic', date: '2026-01-01', answers: {}, levels: {}, supportedBand: 9, nextRole: null, readiness: null, id: 'forged' },
  }),
  'GET /api/v1/workspace/assessments': () => ({ url: '/api/v1/workspace/assessments?person=Alice%20Secretname' }),
};

const keyOf = (method: string, url: string) => `${method} ${url.replace(/\/$/, '') || '/'}`;

let t: TestApp;
let fixture: Fixture;
let secrets: string[];
let bToken: string;
let aViewer: string;
let aEditor: string;

async function stateOfA() {
  const s = t.store;
  const id = t.workspace.id;
  return {
    framework: await s.frameworks.get(id),
    rosters: await s.rosters.list(id),
    roster: await s.rosters.get(id, fixture.rosterId),
    assessments: await s.assessments.list(id),
    tokens: (await s.handle.db.selectFrom('api_tokens').select('id').where('workspace_id', '=', id).execute()).length,
  };
}

beforeAll(async () => {
  // Every route is called with wrong tokens from one address here: the limit on those is tested in workspace.test.ts.
  t = await createTestApp({ badTokensPerMinute: 0 });
  const a = t.auth();
  expect((await t.app.inject({ method: 'PUT', url: '/api/v1/workspace/framework', headers: { ...a, 'content-type': 'application/yaml' }, payload: COMPANY_FRAMEWORK })).statusCode).toBe(200);
  const roster = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters', headers: { ...a, 'content-type': 'text/csv' }, payload: 'id,name,title,manager_id\na1,Alice Secretname,Group Product Manager,\na2,Bob Hiddenname,PM II,a1\n' });
  expect(roster.statusCode).toBe(201);
  const earlier = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?date=2025-01-01', headers: { ...a, 'content-type': 'text/csv' }, payload: 'id,name,title,manager_id\na1,Alice Secretname,Product Manager,\n' });
  expect(earlier.statusCode).toBe(201);
  fixture = { rosterId: roster.json().id, earlierRosterId: earlier.json().id, tokenId: '' };
  expect((await t.app.inject({ method: 'POST', url: '/api/v1/workspace/assessments', headers: a, payload: { person: 'Alice Secretname', family: 'product-management', role: 'product-manager', track: 'ic', date: '2026-01-01', answers: {}, levels: {}, supportedBand: 2, nextRole: null, readiness: null, id: 'a-1' } })).statusCode).toBe(201);
  const b = await t.store.workspaces.create('Workspace B');
  bToken = b.owner.token;
  const viewer = await t.store.workspaces.createToken(t.workspace.id, 'viewer');
  aViewer = viewer.token;
  fixture.tokenId = viewer.id;
  aEditor = (await t.store.workspaces.createToken(t.workspace.id, 'editor')).token;
  // What only workspace A has (requests may echo what they send, so nothing sent is listed).
  secrets = [t.workspace.id, fixture.rosterId, fixture.earlierRosterId, 'Secretname', 'Hiddenname', 'Acme', 'Product Manager III', fixture.tokenId];
});
afterAll(() => t.close());

const workspaceRoutes = () => t.app.routeList.filter((r) => r.url.startsWith(WORKSPACE_PREFIX) && r.method !== 'HEAD');

describe('workspace isolation', () => {
  it('has a case for every workspace route the app registers, and no stale ones', () => {
    const registered = workspaceRoutes().map((r) => keyOf(r.method, r.url)).sort();
    expect(registered.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(CALLS).sort()).toEqual(registered);
  });

  it('answers 401 on every workspace route without a token or with a bad one', async () => {
    for (const r of t.app.routeList.filter((x) => x.url.startsWith(WORKSPACE_PREFIX))) {
      const call = CALLS[keyOf(r.method === 'HEAD' ? 'GET' : r.method, r.url)]!(fixture);
      for (const headers of [{}, { authorization: 'Bearer lad_not-a-real-token-at-all-xxxxxxxxxxxxxxxxxxxxxxx' }, { authorization: 'Basic dXNlcjpwYXNz' }]) {
        const res = await t.app.inject({ ...call, method: r.method as InjectOptions['method'], headers: { ...(call.headers ?? {}), ...headers } });
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
        if (r.method !== 'HEAD') expect(['unauthorized', 'invalid-token']).toContain(res.json().error.code);
      }
    }
  });

  it("never lets workspace B's token read or change workspace A, on any route", async () => {
    const before = await stateOfA();
    for (const r of workspaceRoutes()) {
      const key = keyOf(r.method, r.url);
      const call = CALLS[key]!(fixture);
      const res = await t.app.inject({ ...call, method: r.method as InjectOptions['method'], headers: { ...(call.headers ?? {}), authorization: `Bearer ${bToken}` } });
      for (const s of secrets) expect(res.body, `${key} leaked "${s}"`).not.toContain(s);
      if (r.url.includes('/rosters/') || r.url.includes('/tokens/')) expect(res.statusCode, key).toBe(404);
      expect(res.statusCode, key).toBeLessThan(500);
    }
    // Workspace B's own calls changed B, never A.
    expect(await stateOfA()).toEqual(before);
    const normalizedForA = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/normalize', headers: t.auth(), payload: { title: 'Chief Wizard of Widgets' } });
    expect(normalizedForA.json().roleId).toBe('group-product-manager');
    const normalizedForB = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/normalize', headers: { authorization: `Bearer ${bToken}` }, payload: { title: 'Chief Wizard of Widgets' } });
    expect(normalizedForB.json().roleId).not.toBe('group-product-manager');
  });

  it('lets a viewer read but not write, and only an owner issue tokens', async () => {
    const before = await stateOfA();
    for (const r of workspaceRoutes()) {
      const key = keyOf(r.method, r.url);
      const call = CALLS[key]!(fixture);
      const res = await t.app.inject({ ...call, method: r.method as InjectOptions['method'], headers: { ...(call.headers ?? {}), authorization: `Bearer ${aViewer}` } });
      const reads = (r.method === 'GET' && r.minRole !== 'owner') || key.includes('/normalize');
      expect(res.statusCode, key).toBe(reads ? 200 : 403);
      if (!reads) expect(res.json().error.code).toBe('forbidden');
    }
    expect(await stateOfA()).toEqual(before);
    const editorToken = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/tokens', headers: { authorization: `Bearer ${aEditor}` }, payload: { role: 'viewer' } });
    expect(editorToken.statusCode).toBe(403);
  });
});
