/**
 * Hostile text on every route that stores or looks up what it is sent: NUL characters, half a
 * surrogate pair, a huge name, a cut-off upload. Each is a 400 naming the field, never a 500.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/api.js';
import { multipart } from '../../test/multipart.js';
import { findBadText } from './input-guard.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const person = { family: 'product-management', role: null, track: 'ic', date: '2026-01-01', answers: {}, levels: {}, supportedBand: 2, nextRole: null, readiness: null };
const roster = 'id,name,title,manager_id\n';

describe('text the database cannot store', () => {
  it('finds NUL characters and lone surrogates, in values and keys, and lets pairs through', () => {
    expect(findBadText({ a: ['ok', 'x\u0000'] })).toEqual({ path: 'a.1', problem: expect.stringContaining('NUL') });
    expect(findBadText({ b: 'x\ud800y' })?.path).toBe('b');
    expect(findBadText({ ['k\udc00']: 1 })?.path).toBe('k\udc00');
    expect(findBadText({ ok: 'emoji 😀 and ü' })).toBeUndefined();
  });

  const cases: [string, InjectOptions, string][] = [
    // A roster body is read as bytes (in whatever encoding it was saved), so the cell is named.
    ['roster CSV with a NUL', { method: 'POST', url: '/api/v1/workspace/rosters', headers: { 'content-type': 'text/csv' }, payload: `${roster}a1,Al\u0000ice,PM,\n` }, 'people.0.name'],
    ['roster JSON with a lone surrogate', { method: 'POST', url: '/api/v1/workspace/rosters', headers: { 'content-type': 'application/json' }, payload: '[{"id":"a1","name":"Al\\ud800ice","title":"PM","manager_id":""}]' }, 'people.0.name'],
    ['roster JSON with a NUL escape', { method: 'POST', url: '/api/v1/workspace/rosters', headers: { 'content-type': 'application/json' }, payload: '[{"id":"a1","name":"Al\\u0000ice","title":"PM","manager_id":""}]' }, 'people.0.name'],
    ['a roster id', { method: 'GET', url: '/api/v1/workspace/rosters/%00' }, 'id'],
    ['a roster id to audit', { method: 'GET', url: '/api/v1/workspace/rosters/%00/audit' }, 'id'],
    ['?person=', { method: 'GET', url: '/api/v1/workspace/assessments?person=%00' }, 'person'],
    ['rosters/diff?before=', { method: 'GET', url: '/api/v1/workspace/rosters/diff?before=%00&after=x' }, 'before'],
    ['a job id', { method: 'GET', url: '/api/v1/normalize/jobs/%00' }, 'id'],
    ['a job result id', { method: 'GET', url: '/api/v1/normalize/jobs/%00/result' }, 'id'],
    ['a token label', { method: 'POST', url: '/api/v1/workspace/tokens', payload: { role: 'viewer', label: 'ci\u0000' } }, 'label'],
    ['a framework file', { method: 'PUT', url: '/api/v1/workspace/framework', headers: { 'content-type': 'application/yaml' }, payload: 'name: Acme\u0000\n' }, 'body'],
    ['a framework name spelt as an escape', { method: 'PUT', url: '/api/v1/workspace/framework', headers: { 'content-type': 'application/json' }, payload: '{"name":"Acme\\u0000"}' }, 'name'],
    ['an assessed person', { method: 'POST', url: '/api/v1/workspace/assessments', payload: { ...person, person: 'Ann\u0000' } }, 'person'],
    ['assessment notes', { method: 'POST', url: '/api/v1/workspace/assessments', payload: { ...person, person: 'Ann', notes: { discovery: 'x\ud800' } } }, 'notes.discovery'],
    ['a workspace role id', { method: 'GET', url: '/api/v1/workspace/roles/%00' }, 'id'],
    ['a title to normalize', { method: 'POST', url: '/api/v1/normalize', payload: { title: 'PM\u0000' } }, 'title'],
  ];
  for (const [what, call, field] of cases) {
    it(`answers 400 naming the field for ${what}`, async () => {
      const res = await t.app.inject({ ...call, headers: { ...t.auth(), ...(call.headers ?? {}) } });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'invalid-characters', field });
    });
  }

  it('refuses a 1 MB person name with a length limit, not a database error', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/assessments', headers: t.auth(), payload: { ...person, person: 'A'.repeat(1_000_000) } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid-request', field: 'person' });
    expect(res.json().error.message).toContain('at most 200 characters');
  });

  it('answers 400 for a multipart upload cut off in the middle', async () => {
    for (const [url, parts] of [
      ['/api/v1/workspace/rosters', [{ name: 'file', filename: 'r.csv', content: `${roster}a1,Ann,PM,\n`.repeat(50) }]],
      ['/api/v1/normalize/jobs', [{ name: 'column', value: 'title' }, { name: 'file', filename: 't.csv', content: 'title\nPM\n'.repeat(50) }]],
    ] as const) {
      const form = multipart([...parts]);
      const res = await t.app.inject({ method: 'POST', url, headers: { ...t.auth(), ...form.headers }, payload: form.payload.subarray(0, form.payload.length - 200) });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
    }
  });

  it('answers 400 for a NUL in a multipart field or file name', async () => {
    const job = multipart([{ name: 'column', value: 'ti\u0000tle' }, { name: 'file', filename: 't.csv', content: 'title\nPM\n' }]);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/normalize/jobs', headers: job.headers, payload: job.payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('column');
  });
});
