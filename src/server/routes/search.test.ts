import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/api.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const search = (q: string) => t.app.inject({ method: 'GET', url: `/api/v1/search?q=${encodeURIComponent(q)}` });

describe('GET /api/v1/search', () => {
  it('suggests roles by title and other names, best first', async () => {
    const res = await search('Sr PM');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.query).toBe('Sr PM');
    expect(body.suggestions[0]).toMatchObject({ target: 'role', id: 'senior-product-manager', label: 'Senior Product Manager' });
  });

  it('reads a raw title as the normalizer reads it', async () => {
    const title = 'Senior Product Manager, Payments';
    const read = (await t.app.inject({ method: 'POST', url: '/api/v1/normalize', payload: { title } })).json();
    expect(read.roleId).toBe('senior-product-manager');
    const { suggestions } = (await search(title)).json();
    expect(suggestions[0]).toMatchObject({ kind: 'title', id: read.roleId, label: read.canonicalTitle });
  });

  it('suggests a family, leading to its ladder', async () => {
    const { suggestions } = (await search('product oper')).json();
    expect(suggestions).toEqual(expect.arrayContaining([expect.objectContaining({ target: 'family', id: 'product-operations' })]));
  });

  it('answers an empty query with no suggestions, and refuses an overlong one', async () => {
    expect((await search('')).json().suggestions).toEqual([]);
    const long = await search('x'.repeat(201));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBeTruthy();
  });
});
