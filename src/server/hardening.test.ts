import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/api.js';
import { ROOT } from '../../test/cli.js';
import { WEB_APP_CSP } from './app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ webDir: `${ROOT}dist/web` });
});
afterAll(() => t.close());

describe('hostile or careless requests', () => {
  it('answers 400 to an empty title', async () => {
    for (const title of ['', '   ']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/normalize', payload: { title } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'invalid-request', field: 'title' });
    }
  });

  it('answers 400 to a YAML alias bomb in a company framework', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/workspace/framework', headers: { ...t.auth(), 'content-type': 'application/yaml' }, payload: `name: Bomb\n${levels.join('\n')}\n` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0]).toMatchObject({ code: 'too-many-aliases' });
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy and frame protection with the web app', async () => {
    for (const url of ['/', '/roles/product-manager']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('keeps the stricter policy of the API docs, and frame protection on the API', async () => {
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/', headers: { accept: 'text/html' } });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-security-policy']).toBeTruthy();
    expect(docs.headers['content-security-policy']).not.toBe(WEB_APP_CSP);
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/families' });
    expect(api.headers['x-frame-options']).toBe('DENY');
  });
});
