/**
 * Heavy requests leave the event loop to others: while a large company framework is built, or a
 * 10,000-title batch normalized, /health keeps answering. (How fast is measured by
 * bench/server-availability.bench.ts; here only that it answers at all meanwhile.)
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigCompanyFramework } from '../../bench/big-framework.js';
import { createTestApp, type TestApp } from '../../test/api.js';
import { loadBuiltinFramework } from '../store/framework-files.js';
import { WorkspaceFrameworks } from './workspace-frameworks.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ framework: loadBuiltinFramework(), rateLimitPerMinute: 0 });
});
afterAll(() => t.close());

/** How many /health answers arrived while `work` ran. */
async function healthDuring(work: Promise<LightMyRequestResponse>): Promise<{ answered: number; res: LightMyRequestResponse }> {
  let done = false;
  const finished = work.finally(() => (done = true));
  let answered = 0;
  while (!done) {
    const h = await t.app.inject({ method: 'GET', url: '/health' });
    if (!done && h.statusCode === 200) answered++;
    await new Promise((r) => setTimeout(r, 5));
  }
  return { answered, res: await finished };
}

describe('availability under heavy requests', () => {
  it('answers /health while a large company framework is parsed and validated', async () => {
    const put = t.app.inject({ method: 'PUT', url: '/api/v1/workspace/framework', headers: { ...t.auth(), 'content-type': 'application/yaml' }, payload: bigCompanyFramework(800) });
    const { answered, res } = await healthDuring(put);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().roles).toBeGreaterThan(800);
    expect(answered).toBeGreaterThan(3);
  });

  it('answers /health while a 10,000-title batch is normalized', async () => {
    const titles = Array.from({ length: 10_000 }, (_, i) => `Senior Product Manager, Area ${i}`);
    const batch = t.app.inject({ method: 'POST', url: '/api/v1/normalize/batch', payload: { titles } });
    const { answered, res } = await healthDuring(batch);
    expect(res.statusCode).toBe(200);
    const results = res.json().results;
    expect(results).toHaveLength(10_000);
    expect(results[9_999].roleId).toBe('senior-product-manager');
    expect(answered).toBeGreaterThan(3);
  });

  it('bounds the framework cache by memory, dropping the least recently used', async () => {
    const frameworks = new WorkspaceFrameworks(t.store, loadBuiltinFramework(), 1);
    try {
      const ids: string[] = [];
      for (const name of ['A', 'B', 'C']) {
        const { workspace } = await t.store.workspaces.create(name);
        await t.store.frameworks.put(workspace.id, { name, text: `name: ${name}\nextends: builtin\n` });
        ids.push(workspace.id);
        expect((await frameworks.get(workspace.id)).name).toBe(name);
      }
      // A budget of one byte keeps only the newest.
      expect(frameworks.cachedCount).toBe(1);
      expect((await frameworks.get(ids[0]!)).name).toBe('A');
      expect(frameworks.cachedCount).toBe(1);
    } finally {
      await frameworks.close();
    }
  });
});
