/**
 * Every entry point that takes a role or a title gives the same role for the same text as the
 * core resolver, or fails with the same `role-not-found` suggestions. The CLI commands are read
 * from the commander program and the API routes from the app itself: a command or route that is
 * not in the tables below fails the first tests, so a new entry point cannot bypass the resolver
 * unnoticed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/api.js';
import { cliInProcess } from '../test/cli-in-process.js';
import { multipart } from '../test/multipart.js';
import { buildProgram } from './cli/main.js';
import { LadderError } from './core/errors.js';
import type { Framework } from './core/framework/schema.js';
import { readRoleTitle, resolveRole, suggestionsOf, type RoleContext } from './core/resolve/resolve.js';
import { loadBuiltinFramework, readCompetencies } from './store/framework-files.js';

/** Raw titles as people type them: a posting's title, an id, a canonical title, aliases, a misspelling. */
const TEXTS = ['Sr. Product Manager, Payments', 'senior-product-manager', 'Senior Product Manager', 'Sr. PM', 'Group PM', 'Produkt Manager', 'Sr. PM Payments', 'Staff PM, Growth'];
/** A text no entry point can place. */
const MISS = 'Senior Product Wizard';

/** What an entry point made of a text: the role ids it answered with, or the suggestions of its role-not-found error. */
type Outcome = { ids: (string | null)[] } | { suggestions: { id: string; title: string }[] };

/**
 * How each entry point is checked. `role`: it resolves the text (in the product context) and
 * answers with the role, or fails with role-not-found. `title`: it gives the normalizer's reading
 * (in the general context, its default), and when that names a role, it is the resolver's in the
 * same context. `roster`: it reads people's titles from a roster; a product department's titles
 * give the resolver's role in the product context, and a title the resolver cannot place is
 * reported as unrecognised. `none`: it takes no role or title.
 */
type Check =
  | { takes: 'role'; call: (text: string) => Promise<Outcome> }
  | { takes: 'title'; call: (text: string) => Promise<Outcome> }
  | { takes: 'roster'; call: (text: string) => Promise<Outcome> }
  | { takes: 'none'; why: string };

let fw: Framework;
let dir: string;
let t: TestApp;

beforeAll(async () => {
  fw = loadBuiltinFramework();
  dir = mkdtempSync(join(tmpdir(), 'ladder-entry-points-'));
  const matrices = readCompetencies();
  t = await createTestApp({ framework: fw, competencies: () => matrices });
});
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// --- The CLI, called in process ------------------------------------------------------------------

const cli = cliInProcess;

/** A CLI answer: the ids picked from its JSON, or the suggestions of its JSON error. */
async function cliOutcome(args: string[], ids: (json: Record<string, unknown> | string) => (string | null)[], raw = false): Promise<Outcome> {
  const r = await cli(args);
  if (r.code === 0) return { ids: ids(raw ? r.stdout : (JSON.parse(r.stdout) as Record<string, unknown>)) };
  const error = (JSON.parse(r.stderr.trim().split('\n').pop()!) as { error: { code: string; message: string; issues: { code: string; message: string; value: unknown }[] } }).error;
  expect(error.code, r.stderr).toBe('role-not-found');
  expect(error.message).not.toContain('ladder');
  return { suggestions: error.issues.filter((i) => i.code === 'did-you-mean').map((i) => ({ id: String(i.value), title: i.message })) };
}

const id = (path: string) => (json: Record<string, unknown> | string) => [path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], json) as string];

/** A roster with the text as the title of a product department's member, who reports to an intern. */
function rosterWith(text: string | null): string {
  const rows = ['id,name,title,manager_id,department', 'ceo,Cleo Chief,Chief Executive Officer,,Executive', 'in,Ida Intern,Product Management Intern,ceo,Product'];
  if (text !== null) rows.push(`p1,Pat Person,"${text.replace(/"/g, '""')}",in,Product`);
  return `${rows.join('\n')}\n`;
}
let files = 0;
function rosterFile(text: string | null): string {
  const file = join(dir, `roster-${files++}.csv`);
  writeFileSync(file, rosterWith(text));
  return file;
}

/** The role an audit gives person p1: named by the reporting-line finding; null when the title is reported unrecognised. */
function auditedRole(findings: { code: string; people: string[]; message: string }[]): string | null {
  const line = findings.find((f) => f.code === 'reporting-line' && f.people[0] === 'p1');
  const title = line && /the framework expects an? (.+?) to report to/.exec(line.message)?.[1];
  if (line) return fw.roles.find((r) => r.title === title)?.id ?? 'unnamed';
  expect(findings.some((f) => f.code === 'unrecognized-title' && f.people.includes('p1'))).toBe(true);
  return null;
}
/** The role a roster diff says person p1 adds. */
const diffedRole = (d: { roles: { roleId: string; before: number; after: number }[] }): string | null => d.roles.find((r) => r.before === 0 && r.after === 1)?.roleId ?? null;

const CLI: Record<string, Check> = {
  roles: { takes: 'none', why: 'lists roles, filtered by family' },
  role: { takes: 'role', call: (x) => cliOutcome(['role', x, '--json'], id('id')) },
  compare: {
    takes: 'role',
    call: (x) => cliOutcome(['compare', x, 'product-owner', '--json'], (j) => [...id('a.id')(j), ...id('b.id')(j)].slice(0, 1)),
  },
  ladder: { takes: 'none', why: 'takes a family' },
  validate: { takes: 'none', why: 'takes a framework file' },
  export: { takes: 'none', why: 'writes the whole framework' },
  normalize: { takes: 'title', call: (x) => cliOutcome(['normalize', x, '--json'], id('roleId')) },
  next: { takes: 'role', call: (x) => cliOutcome(['next', x, '--json'], id('role.id')) },
  path: {
    takes: 'role',
    call: async (x) => {
      const from = await cliOutcome(['path', x, 'vp-of-product', '--json'], id('fromRole.id'));
      const to = await cliOutcome(['path', 'product-manager', x, '--json'], id('toRole.id'));
      expect(to).toEqual(from);
      return from;
    },
  },
  diff: {
    takes: 'role',
    call: async (x) => {
      const a = await cliOutcome(['diff', x, 'product-manager', '--json'], id('a.id'));
      const b = await cliOutcome(['diff', 'product-manager', x, '--json'], id('b.id'));
      expect(b).toEqual(a);
      return a;
    },
  },
  assess: {
    takes: 'role',
    call: (x) => cliOutcome(['assess', '--role', x, '--template', '--json'], (s) => [/^role: (\S+)$/m.exec(s as string)?.[1] ?? null], true),
  },
  'org audit': { takes: 'roster', call: (x) => cliOutcome(['org', 'audit', rosterFile(x), '--json', '--company-size', '100'], (j) => [auditedRole((j as { findings: [] }).findings)]) },
  'org design': { takes: 'none', why: 'takes head counts' },
  'org pay': { takes: 'none', why: "groups a roster's pay; its roles and bands come from the resolver in the product context (rosterTitleReader)" },
  'org levels': { takes: 'none', why: "places a roster's levels; its titles are read by the resolver in the product context (rosterTitleReader)" },
  'org trend': { takes: 'none', why: 'counts from the org audit of each roster, which reads titles as org audit does' },
  'org diff': { takes: 'roster', call: (x) => cliOutcome(['org', 'diff', rosterFile(null), rosterFile(x), '--json'], (j) => [diffedRole(j as never)]) },
  serve: { takes: 'none', why: 'starts the server' },
  'admin create-workspace': { takes: 'none', why: 'takes a workspace name' },
  'admin create-token': { takes: 'none', why: 'takes a workspace' },
  'admin list-workspaces': { takes: 'none', why: 'lists workspaces' },
  'admin list-tokens': { takes: 'none', why: 'lists tokens' },
  'admin revoke-token': { takes: 'none', why: 'revokes a token' },
  udf: { takes: 'none', why: 'writes the normalizer as a warehouse function; its answers are checked against normalizeTitle in src/core/udf/bundle.test.ts' },
};

/** Every runnable command, by its path: "role", "org audit". */
function commandPaths(program: Command): string[] {
  const out: string[] = [];
  const walk = (c: Command, prefix: string) => {
    for (const sub of c.commands) {
      const path = prefix ? `${prefix} ${sub.name()}` : sub.name();
      if (sub.commands.length) walk(sub, path);
      else out.push(path);
    }
  };
  walk(program, '');
  return out.sort();
}

// --- The API, called with inject --------------------------------------------------------------------

async function api(method: 'GET' | 'POST', url: string, pick: (json: Record<string, unknown>) => (string | null)[], payload?: unknown, auth = false): Promise<Outcome> {
  const res = await t.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }), headers: auth ? t.auth() : {} });
  if (res.statusCode < 300) return { ids: pick(res.json()) };
  const error = res.json().error as { code: string; message: string; issues?: { code: string; message: string; value: unknown }[] };
  expect(error.code, res.body).toBe('role-not-found');
  expect(error.message).not.toMatch(/ladder|Run /);
  expect([400, 404]).toContain(res.statusCode);
  return { suggestions: (error.issues ?? []).filter((i) => i.code === 'did-you-mean').map((i) => ({ id: String(i.value), title: i.message })) };
}
const q = encodeURIComponent;
const answers = () => Object.fromEntries(readCompetencies().find((m) => m.family === 'product-management')!.competencies.map((c) => [c.id, 'none']));

async function rosterSnapshot(text: string | null): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?name=r.csv', headers: { ...t.auth(), 'content-type': 'text/csv' }, payload: rosterWith(text) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const API: Record<string, Check> = {
  'GET /health': { takes: 'none', why: 'liveness' },
  'GET /ready': { takes: 'none', why: 'readiness' },
  'GET /api/openapi.json': { takes: 'none', why: 'the API document' },
  'GET /api/docs': { takes: 'none', why: 'the API document' },
  'GET /api/docs/json': { takes: 'none', why: 'the API document' },
  'GET /api/docs/yaml': { takes: 'none', why: 'the API document' },
  'GET /api/docs/static/index.html': { takes: 'none', why: 'the API docs page' },
  'GET /api/docs/static/swagger-initializer.js': { takes: 'none', why: 'the API docs page' },
  'GET /api/docs/static/*': { takes: 'none', why: 'the API docs page' },
  'GET /api/v1/families': { takes: 'none', why: 'lists families' },
  'GET /api/v1/roles': { takes: 'none', why: 'lists roles, filtered by family, band, track' },
  'GET /api/v1/search': { takes: 'none', why: 'suggestions ranked by name; a raw title among them is readRoleTitle\'s product reading (src/core/framework/search.test.ts)' },
  'GET /api/v1/roles/:id': { takes: 'role', call: (x) => api('GET', `/api/v1/roles/${q(x)}`, id('id') as never) },
  'GET /api/v1/resolve': { takes: 'role', call: (x) => api('GET', `/api/v1/resolve?text=${q(x)}`, id('role.id') as never) },
  'GET /api/v1/ladders/:family': { takes: 'none', why: 'takes a family' },
  'GET /api/v1/compare': {
    takes: 'role',
    call: async (x) => {
      const a = await api('GET', `/api/v1/compare?a=${q(x)}&b=product-owner`, id('a.id') as never);
      expect(await api('GET', `/api/v1/compare?a=product-owner&b=${q(x)}`, id('b.id') as never)).toEqual(a);
      return a;
    },
  },
  'GET /api/v1/diff': {
    takes: 'role',
    call: async (x) => {
      const a = await api('GET', `/api/v1/diff?a=${q(x)}&b=product-manager`, id('a.id') as never);
      expect(await api('GET', `/api/v1/diff?a=product-manager&b=${q(x)}`, id('b.id') as never)).toEqual(a);
      return a;
    },
  },
  'GET /api/v1/paths': {
    takes: 'role',
    call: async (x) => {
      const from = await api('GET', `/api/v1/paths?from=${q(x)}&to=vp-of-product`, id('fromRole.id') as never);
      expect(await api('GET', `/api/v1/paths?from=product-manager&to=${q(x)}`, id('toRole.id') as never)).toEqual(from);
      return from;
    },
  },
  'GET /api/v1/next/:role': { takes: 'role', call: (x) => api('GET', `/api/v1/next/${q(x)}`, id('role.id') as never) },
  'GET /api/v1/competencies/:family': { takes: 'none', why: 'takes a family' },
  'GET /api/v1/competencies/:family/questions': { takes: 'role', call: (x) => api('GET', `/api/v1/competencies/product-management/questions?role=${q(x)}`, id('role.id') as never) },
  'POST /api/v1/assess': { takes: 'role', call: (x) => api('POST', '/api/v1/assess', id('role.id') as never, { person: 'Ada Example', role: x, answers: answers() }) },
  'POST /api/v1/normalize': { takes: 'title', call: (x) => api('POST', '/api/v1/normalize', id('roleId') as never, { title: x }) },
  'POST /api/v1/normalize/batch': { takes: 'title', call: (x) => api('POST', '/api/v1/normalize/batch', (j) => (j.results as { roleId: string | null }[]).map((r) => r.roleId), { titles: [x] }) },
  'POST /api/v1/normalize/jobs': {
    takes: 'title',
    call: async (x) => {
      const form = multipart([{ name: 'column', value: 'title' }, { name: 'file', filename: 't.csv', content: `title\n"${x.replace(/"/g, '""')}"\n` }]);
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/normalize/jobs', headers: form.headers, payload: form.payload });
      expect(res.statusCode).toBe(202);
      await t.app.jobs.idle();
      const csv = (await t.app.inject({ method: 'GET', url: `/api/v1/normalize/jobs/${res.json().id}/result` })).body.trim().split('\n');
      const header = csv[0]!.split(',');
      const row = csv[1]!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      return { ids: [row[header.indexOf('normalized_role_id')] || null] };
    },
  },
  'GET /api/v1/normalize/jobs/:id': { takes: 'none', why: "a job's status" },
  'GET /api/v1/normalize/jobs/:id/result': { takes: 'none', why: "a job's result file (checked with POST /api/v1/normalize/jobs)" },
  'POST /api/v1/org/design': { takes: 'none', why: 'takes head counts' },
  'GET /api/v1/workspace': { takes: 'none', why: 'the workspace' },
  'POST /api/v1/workspace/tokens': { takes: 'none', why: 'issues a token' },
  'GET /api/v1/workspace/tokens': { takes: 'none', why: 'lists tokens' },
  'DELETE /api/v1/workspace/tokens/:id': { takes: 'none', why: 'revokes a token' },
  'GET /api/v1/workspace/framework': { takes: 'none', why: 'the company framework file' },
  'PUT /api/v1/workspace/framework': { takes: 'none', why: 'the company framework file' },
  'DELETE /api/v1/workspace/framework': { takes: 'none', why: 'the company framework file' },
  'GET /api/v1/workspace/roles': { takes: 'none', why: 'lists roles' },
  'GET /api/v1/workspace/roles/:id': { takes: 'role', call: (x) => api('GET', `/api/v1/workspace/roles/${q(x)}`, id('id') as never, undefined, true) },
  'GET /api/v1/workspace/resolve': { takes: 'role', call: (x) => api('GET', `/api/v1/workspace/resolve?text=${q(x)}`, id('role.id') as never, undefined, true) },
  'POST /api/v1/workspace/normalize': { takes: 'title', call: (x) => api('POST', '/api/v1/workspace/normalize', id('roleId') as never, { title: x }, true) },
  'POST /api/v1/workspace/normalize/batch': { takes: 'title', call: (x) => api('POST', '/api/v1/workspace/normalize/batch', (j) => (j.results as { roleId: string | null }[]).map((r) => r.roleId), { titles: [x] }, true) },
  'POST /api/v1/workspace/rosters': { takes: 'none', why: 'stores a roster as it is; its audit reads the titles' },
  'GET /api/v1/workspace/rosters': { takes: 'none', why: 'lists snapshots' },
  'GET /api/v1/workspace/rosters/:id': { takes: 'none', why: 'a stored snapshot as it is' },
  'GET /api/v1/workspace/rosters/:id/pay': { takes: 'none', why: "groups a snapshot's pay; roles and bands come from the resolver in the product context (rosterTitleReader)" },
  'GET /api/v1/workspace/rosters/:id/levels': { takes: 'none', why: "places a snapshot's levels; titles are read by the resolver in the product context (rosterTitleReader)" },
  'GET /api/v1/workspace/rosters/trend': { takes: 'none', why: 'counts from the org audit of each snapshot, which reads titles as the audit route does' },
  'GET /api/v1/workspace/rosters/:id/audit': {
    takes: 'roster',
    call: async (x) => api('GET', `/api/v1/workspace/rosters/${await rosterSnapshot(x)}/audit?companySize=100`, (j) => [auditedRole(j.findings as [])], undefined, true),
  },
  'GET /api/v1/workspace/rosters/diff': {
    takes: 'roster',
    call: async (x) => api('GET', `/api/v1/workspace/rosters/diff?before=${await rosterSnapshot(null)}&after=${await rosterSnapshot(x)}`, (j) => [diffedRole(j as never)], undefined, true),
  },
  'POST /api/v1/workspace/assessments': { takes: 'role', call: (x) => api('POST', '/api/v1/workspace/assessments', id('role') as never, { person: 'Ada Example', role: x, answers: answers() }, true) },
  'GET /api/v1/workspace/assessments': { takes: 'none', why: "a person's assessments" },
};

// --- What every entry point must give ---------------------------------------------------------------

/** The resolver's answer, as an entry point of each kind must give it. */
function expected(check: Check, text: string): Outcome {
  const context: RoleContext = check.takes === 'title' ? 'general' : 'product';
  if (check.takes === 'title') return { ids: [readRoleTitle(fw, text, { context }).role?.id ?? null] };
  try {
    return { ids: [resolveRole(fw, text, { context }).role.id] };
  } catch (e) {
    if (!(e instanceof LadderError)) throw e;
    // A roster report cannot suggest: the title is reported unrecognised instead.
    return check.takes === 'roster' ? { ids: [null] } : { suggestions: suggestionsOf(e) };
  }
}

describe('the entry points', () => {
  it('classifies every CLI command', () => {
    expect(commandPaths(buildProgram())).toEqual(Object.keys(CLI).sort());
  });

  it('classifies every API route', () => {
    const routes = [...new Set(t.app.routeList.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`))].sort();
    expect(routes).toEqual(Object.keys(API).sort());
  });

  it('gives the resolver the texts it is checked with, and the resolver reads them', () => {
    for (const text of TEXTS) expect(resolveRole(fw, text).role.family, text).toBe('product-management');
    expect(() => resolveRole(fw, MISS)).toThrow(LadderError);
  });

  const cases = [...Object.entries(CLI).map(([k, c]) => [`ladder ${k}`, c] as const), ...Object.entries(API)].filter(([, c]) => c.takes !== 'none') as [string, Exclude<Check, { takes: 'none' }>][];
  it.each(cases)('%s gives the resolver\'s role for the same text, and the same suggestions for a miss', async (_name, check) => {
    for (const text of [...TEXTS, MISS]) expect(await check.call(text), text).toEqual(expected(check, text));
  });
});
