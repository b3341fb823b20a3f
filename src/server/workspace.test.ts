import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/api.js';
import { COMPANY_FRAMEWORK } from '../../test/fixture-framework.js';
import { multipart } from '../../test/multipart.js';
import { hashToken } from '../store/tokens.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ROSTER = 'id,name,title,manager_id\n1,Ada Lovelace,Group Product Manager,\n2,Grace Hopper,Senior Product Manager,1\n3,Alan Turing,Product Manager,2\n4,,Product Manager,1\n';

describe('workspace and tokens', () => {
  it('tells the token its workspace and role', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/workspace', headers: t.auth() });
    expect(res.json()).toEqual({ id: t.workspace.id, name: 'Test workspace', role: 'owner' });
  });

  it('lets an owner issue tokens, stored as hashes only', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/tokens', headers: t.auth(), payload: { role: 'editor', label: 'import job' } });
    expect(res.statusCode).toBe(201);
    const { token, role } = res.json();
    expect(role).toBe('editor');
    const row = await t.store.handle.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ workspace_id: t.workspace.id, role: 'editor', label: 'import job' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/workspace', headers: t.auth(token) })).json().role).toBe('editor');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/tokens', headers: t.auth(), payload: { role: 'admin' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('role');
  });

  it('lists tokens with their last use, revokes one at once, and keeps the last owner token', async () => {
    const issued = (await t.app.inject({ method: 'POST', url: '/api/v1/workspace/tokens', headers: t.auth(), payload: { role: 'viewer', label: 'dashboard', expiresInDays: 30 } })).json();
    expect(Date.parse(issued.expiresAt) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/workspace', headers: t.auth(issued.token) })).statusCode).toBe(200);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/workspace/tokens', headers: t.auth() })).json().tokens;
    const mine = list.find((x: { id: string }) => x.id === issued.id);
    expect(mine).toMatchObject({ role: 'viewer', label: 'dashboard', expiresAt: issued.expiresAt });
    expect(mine.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain('lad_');
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/workspace/tokens/${issued.id}`, headers: t.auth() });
    expect(revoked.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/workspace', headers: t.auth(issued.token) })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/workspace/tokens/${issued.id}`, headers: t.auth() })).statusCode).toBe(404);
    const ownerId = list.find((x: { role: string }) => x.role === 'owner').id;
    const last = await t.app.inject({ method: 'DELETE', url: `/api/v1/workspace/tokens/${ownerId}`, headers: t.auth() });
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe('last-owner-token');
  });

  it('refuses an expired token', async () => {
    const expired = await t.store.workspaces.createToken(t.workspace.id, 'viewer', 'old', new Date(Date.now() - 1000));
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/workspace', headers: t.auth(expired.token) });
    expect(res.statusCode).toBe(401);
  });

  it('answers 429 to an address after 20 wrong tokens in a minute, on every workspace route', async () => {
    const wrong = { authorization: 'Bearer lad_not-a-real-token-at-all-xxxxxxxxxxxxxxxxxxxxxxx' };
    const from = (remoteAddress: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/workspace/rosters', headers, remoteAddress });
    for (let i = 0; i < 20; i++) expect((await from('203.0.113.7', wrong)).statusCode).toBe(401);
    const limited = await from('203.0.113.7', wrong);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('too-many-bad-tokens');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await from('203.0.113.7', t.auth())).statusCode).toBe(429);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/workspace/normalize', headers: wrong, remoteAddress: '203.0.113.7', payload: { title: 'PM' } })).statusCode).toBe(429);
    // Other addresses are not affected.
    expect((await from('203.0.113.8', t.auth())).statusCode).toBe(200);
  });
});

describe('company framework', () => {
  it('starts on the built-in framework', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/workspace/framework', headers: t.auth() });
    expect(res.json()).toEqual({ custom: false, name: 'Fixture ladder', text: null, updatedAt: null, roles: 6 });
  });

  it('refuses an invalid file, naming the line', async () => {
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/workspace/framework', headers: { ...t.auth(), 'content-type': 'application/yaml' }, payload: 'name: Broken\nrename:\n  nobody-at-all: Some Title\n' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid-company-framework');
    expect(res.json().error.issues[0]).toMatchObject({ code: 'unknown-role', line: 3 });
    const empty = await t.app.inject({ method: 'PUT', url: '/api/v1/workspace/framework', headers: { ...t.auth(), 'content-type': 'text/plain' }, payload: '' });
    expect(empty.statusCode).toBe(400);
  });

  it('applies a company framework to the workspace roles and normalizer', async () => {
    const put = await t.app.inject({ method: 'PUT', url: '/api/v1/workspace/framework', headers: { ...t.auth(), 'content-type': 'application/yaml' }, payload: COMPANY_FRAMEWORK });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ custom: true, name: 'Acme ladder', text: COMPANY_FRAMEWORK, roles: 7 });
    const role = await t.app.inject({ method: 'GET', url: '/api/v1/workspace/roles/L6', headers: t.auth() });
    expect(role.json()).toMatchObject({ id: 'senior-product-manager', title: 'Product Manager III' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/workspace/roles/ai-product-manager', headers: t.auth() })).statusCode).toBe(200);
    // The built-in framework has no such role: it reads the text as a title, an AI product manager.
    const builtin = await t.app.inject({ method: 'GET', url: '/api/v1/roles/ai-product-manager' });
    expect(builtin.json()).toMatchObject({ id: 'product-manager' });
    const n = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/normalize', headers: t.auth(), payload: { title: 'PM II' } });
    expect(n.json().roleId).toBe('product-manager');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/workspace/roles?family=product-management', headers: t.auth() });
    expect(list.json().roles.map((r: { id: string }) => r.id)).toContain('ai-product-manager');
  });

  it('takes the same file as JSON, and can go back to the built-in framework', async () => {
    const json = JSON.stringify({ name: 'Acme JSON', titles: { 'PM Two': 'product-manager' } });
    const put = await t.app.inject({ method: 'PUT', url: '/api/v1/workspace/framework', headers: { ...t.auth(), 'content-type': 'application/json' }, payload: json });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ name: 'Acme JSON', text: json });
    const del = await t.app.inject({ method: 'DELETE', url: '/api/v1/workspace/framework', headers: t.auth() });
    expect(del.json()).toMatchObject({ custom: false, text: null });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/workspace/normalize', headers: t.auth(), payload: { title: 'PM Two' } })).json().roleId).toBeNull();
  });
});

describe('rosters', () => {
  let firstId: string;

  it('imports a CSV roster as a snapshot, with the rows it rejected', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?name=team.csv', headers: { ...t.auth(), 'content-type': 'text/csv' }, payload: ROSTER });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ source: 'team.csv', people: 3 });
    expect(body.rejectedRows).toHaveLength(1);
    expect(body.rejectedRows[0]).toMatchObject({ line: 5 });
    firstId = body.id;
    const snap = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${firstId}`, headers: t.auth() });
    expect(snap.json().people.map((p: { name: string }) => p.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
  });

  it('reads mixed line ends as line ends, and refuses a roster with only a header row', async () => {
    const other = t.auth((await t.store.workspaces.create('Line ends')).owner.token);
    const mixed = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters', headers: { ...other, 'content-type': 'text/csv' }, payload: 'id,name,title,manager_id\r\nh,Hana,Head of Product,\np,Pia,Product Manager,h\rq,Quin,Product Manager,h\r\n' });
    expect(mixed.statusCode).toBe(201);
    expect(mixed.json()).toMatchObject({ people: 3, rejectedRows: [] });
    const empty = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters', headers: { ...other, 'content-type': 'text/csv' }, payload: 'id,name,title,manager_id\n' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('empty-roster');
  });

  it('imports JSON and multipart uploads, and lists snapshots newest first', async () => {
    const people = [{ id: 'x', name: 'Xena', title: 'Product Manager', manager_id: '' }];
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters', headers: t.auth(), payload: people });
    expect(json.statusCode).toBe(201);
    expect(json.json().people).toBe(1);
    const form = multipart([{ name: 'file', filename: 'org.csv', content: ROSTER }]);
    const mp = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters', headers: { ...t.auth(), ...form.headers }, payload: form.payload });
    expect(mp.statusCode).toBe(201);
    expect(mp.json()).toMatchObject({ source: 'org.csv', people: 3 });
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/workspace/rosters', headers: t.auth() })).json().rosters;
    expect(list).toHaveLength(3);
    expect(list[2]).toMatchObject({ id: firstId, people: 3, rejectedRows: 1, source: 'team.csv' });
  });

  it('refuses a roster it cannot read, storing nothing', async () => {
    const before = (await t.store.rosters.list(t.workspace.id)).length;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters', headers: { ...t.auth(), 'content-type': 'text/csv' }, payload: 'colour,size\nred,big\n' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toMatch(/column/);
    // The advice is the API's: its "map" parameter, never the CLI's --map.
    expect(res.json().error.message).toMatch(/"map" parameter.*map=id=Your Column,name=Your Column/);
    expect(res.json().error.message).not.toContain('--map');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?map=nonsense', headers: { ...t.auth(), 'content-type': 'text/csv' }, payload: 'a,b\n1,2\n' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).not.toContain('--map');
    expect((await t.store.rosters.list(t.workspace.id)).length).toBe(before);
  });

  it('takes the pay tolerance as an audit option', async () => {
    const strict = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${firstId}/audit?payTolerance=0`, headers: t.auth() });
    expect(strict.statusCode).toBe(200);
    const wrong = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${firstId}/audit?payTolerance=3`, headers: t.auth() });
    expect(wrong.statusCode).toBe(400);
  });

  it('audits a snapshot against the workspace framework', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${firstId}/audit?companySize=150`, headers: t.auth() });
    expect(res.statusCode).toBe(200);
    const audit = res.json();
    expect(audit.summary).toMatchObject({ people: 3, companySize: 150 });
    expect(Array.isArray(audit.findings)).toBe(true);
    expect(audit.metrics).toBeDefined();
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/workspace/rosters/nope/audit', headers: t.auth() })).json().error.code).toBe('roster-not-found');
  });

  it('compares two snapshots', async () => {
    const next = ROSTER.replace('3,Alan Turing,Product Manager,2', '3,Alan Turing,Senior Product Manager,1') + '5,Joan Clarke,Product Manager,2\n';
    const after = (await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters', headers: { ...t.auth(), 'content-type': 'text/csv' }, payload: next })).json().id;
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/diff?before=${firstId}&after=${after}`, headers: t.auth() });
    expect(res.statusCode).toBe(200);
    const diff = res.json();
    expect(diff.added.map((p: { name: string }) => p.name)).toEqual(['Joan Clarke']);
    expect(diff.moves.map((p: { name: string }) => p.name)).toEqual(['Alan Turing']);
    const missing = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/diff?before=${firstId}&after=nope`, headers: t.auth() });
    expect(missing.json().error).toMatchObject({ code: 'roster-not-found', field: 'after' });
  });
});

describe('assessments', () => {
  it('keeps records over time and lists one person\'s, oldest first', async () => {
    const record = (date: string, band: number) => ({ person: 'Sam Doe', family: 'product-management', role: 'product-manager', track: 'ic', date, answers: {}, levels: {}, supportedBand: band, nextRole: 'senior-product-manager', readiness: 0.5 });
    const a = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/assessments', headers: t.auth(), payload: record('2026-01-01', 2) });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ person: 'Sam Doe', supportedBand: 2 });
    await t.app.inject({ method: 'POST', url: '/api/v1/workspace/assessments', headers: t.auth(), payload: record('2026-06-01', 3) });
    await t.app.inject({ method: 'POST', url: '/api/v1/workspace/assessments', headers: t.auth(), payload: { ...record('2026-02-01', 1), person: 'Other Person' } });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/workspace/assessments?person=sam%20doe', headers: t.auth() });
    expect(list.json().assessments.map((x: { supportedBand: number }) => x.supportedBand)).toEqual([2, 3]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/workspace/assessments', headers: t.auth() })).json().assessments).toHaveLength(3);
  });

  it('keeps plain answers when there are no competency matrices to evaluate them', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/assessments', headers: t.auth(), payload: { person: 'Pat', role: 'product-manager', answers: { discovery: 2 } } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ person: 'Pat', answers: { discovery: 2 } });
    expect(typeof res.json().date).toBe('string');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/assessments', headers: t.auth(), payload: { answers: {} } });
    expect(bad.statusCode).toBe(400);
  });
});
