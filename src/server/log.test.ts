import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/api.js';

/** The server log, as the lines it writes. */
const lines: string[] = [];
const stream = new Writable({
  write(chunk, _enc, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ logger: { level: 'info', stream } });
});
afterAll(() => t.close());

describe('the server log', () => {
  it('names the operation and ids of a failing import, never the rows it held', async () => {
    // A real database failure on insert: the error carries the statement's parameters.
    await sql`alter table roster_people add constraint refuse_all check (false)`.execute(t.store.handle.db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/workspace/rosters?name=secret-team.csv',
      headers: { ...t.auth(), 'content-type': 'text/csv' },
      payload: 'id,name,title,manager_id,salary\na1,Zebedee Plantedname,Product Manager,,123456\n',
    });
    expect(res.statusCode).toBe(500);
    await sql`alter table roster_people drop constraint refuse_all`.execute(t.store.handle.db);
    const log = lines.join('\n');
    const failure = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request failed');
    expect(failure.err).toMatchObject({ code: '23514' });
    expect(failure.err.stack).toContain('at ');
    for (const planted of ['Plantedname', '123456', 'secret-team', 'refuse_all']) expect(log).not.toContain(planted);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(4000);
  });

  it('logs a refused request by its code and field, not by what was sent', async () => {
    lines.length = 0;
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/workspace/assessments?person=Yolanda%20Plantedname', headers: t.auth() });
    expect(res.statusCode).toBe(200);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/roles/Xavier%20Plantedrole' });
    expect(bad.statusCode).toBe(404);
    const log = lines.join('\n');
    expect(log).not.toContain('Plantedname');
    expect(log).not.toContain('No role matches');
    expect(log).toContain('"code":"role-not-found"');
  });
});

describe('the client address in the log', () => {
  /** The addresses the log gives a request from a proxy at 10.0.0.2 that forwards 203.0.113.9. */
  async function loggedAddresses(trustProxy: string[] | undefined): Promise<unknown[]> {
    const out: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        out.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const app = await createTestApp({ logger: { level: 'info', stream: sink }, trustProxy });
    try {
      const res = await app.app.inject({ method: 'GET', url: '/health', remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' } });
      expect(res.statusCode).toBe(200);
    } finally {
      await app.close();
    }
    // Nothing else forwarded is believed or written down.
    expect(out.join('\n')).not.toMatch(/evil\.example|https/);
    return out.map((l) => JSON.parse(l) as { req?: { remoteAddress?: unknown } }).filter((l) => l.req).map((l) => l.req!.remoteAddress);
  }

  it('is the connection\'s address, whatever X-Forwarded-For says, unless TRUST_PROXY names the proxy', async () => {
    expect(await loggedAddresses(undefined)).toEqual(['10.0.0.2']);
    expect(await loggedAddresses(['10.0.0.0/8'])).toEqual(['203.0.113.9']);
  });
});
