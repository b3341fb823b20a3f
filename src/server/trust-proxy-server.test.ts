/**
 * A server behind a load balancer, over real HTTP: the per-address limits (wrong tokens, and
 * requests to the normalize routes) count each client apart only when TRUST_PROXY names the
 * proxy; otherwise X-Forwarded-For is ignored and every client counts as the proxy's address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/temp.js';
import { loadBuiltinFramework } from '../store/framework-files.js';
import { loadConfig } from './config.js';
import { OWNER_TOKEN_FILE, startServer, type RunningServer } from './server.js';

const running: RunningServer[] = [];
afterAll(async () => {
  for (const s of running) await s.close();
});

/** A server on 127.0.0.1: this test's requests all arrive from there, as from one proxy. */
async function serve(env: Record<string, string>): Promise<{ base: string; token: string }> {
  const dataDir = tempDir('trust-proxy');
  const config = loadConfig({ port: '0', host: '127.0.0.1', dataDir }, { LOG_LEVEL: 'silent', BAD_TOKENS_PER_MINUTE: '3', RATE_LIMIT_PER_MINUTE: '2', ...env });
  const server = await startServer(config, { framework: loadBuiltinFramework() });
  running.push(server);
  return { base: server.url, token: readFileSync(join(dataDir, OWNER_TOKEN_FILE), 'utf8').trim() };
}

const WRONG = 'Bearer lad_not-a-real-token-at-all-xxxxxxxxxxxxxxxxxxxxxxx';
/** Two people behind the load balancer, which adds each one's address to X-Forwarded-For. */
const ALICE = '203.0.113.5';
const BOB = '198.51.100.7';

async function workspace(base: string, forwardedFor: string, authorization: string): Promise<number> {
  const res = await fetch(`${base}/api/v1/workspace`, { headers: { authorization, 'x-forwarded-for': forwardedFor } });
  await res.arrayBuffer();
  return res.status;
}

async function normalize(base: string, forwardedFor: string): Promise<number> {
  const res = await fetch(`${base}/api/v1/normalize`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: JSON.stringify({ title: 'Senior Product Manager' }) });
  await res.arrayBuffer();
  return res.status;
}

describe('behind a load balancer', () => {
  it('without TRUST_PROXY, ignores X-Forwarded-For: every client is limited as the proxy\'s one address', async () => {
    const { base, token } = await serve({});
    for (let i = 0; i < 3; i++) expect(await workspace(base, ALICE, WRONG)).toBe(401);
    expect(await workspace(base, ALICE, WRONG)).toBe(429);
    // Bob did nothing wrong, but shares the proxy's address: locked out with Alice.
    expect(await workspace(base, BOB, `Bearer ${token}`)).toBe(429);

    expect(await normalize(base, ALICE)).toBe(200);
    expect(await normalize(base, ALICE)).toBe(200);
    expect(await normalize(base, BOB)).toBe(429);
  });

  it('with TRUST_PROXY naming the proxy, limits two clients behind it separately', async () => {
    const { base, token } = await serve({ TRUST_PROXY: '127.0.0.1' });
    for (let i = 0; i < 3; i++) expect(await workspace(base, ALICE, WRONG)).toBe(401);
    expect(await workspace(base, ALICE, WRONG)).toBe(429);
    expect(await workspace(base, BOB, WRONG)).toBe(401);
    expect(await workspace(base, BOB, `Bearer ${token}`)).toBe(200);
    // Alice cannot slip out by writing another address first: the proxy appends hers, and the
    // server takes the nearest address that is not a trusted proxy.
    expect(await workspace(base, `${BOB}, ${ALICE}`, `Bearer ${token}`)).toBe(429);

    expect(await normalize(base, ALICE)).toBe(200);
    expect(await normalize(base, ALICE)).toBe(200);
    expect(await normalize(base, ALICE)).toBe(429);
    expect(await normalize(base, BOB)).toBe(200);
  });

  it('does not start with a TRUST_PROXY it cannot use, naming the variable and the value', () => {
    expect(() => loadConfig({}, { TRUST_PROXY: '2' })).toThrow('environment variable TRUST_PROXY: "2" is a hop count');
    expect(() => loadConfig({}, { TRUST_PROXY: 'true' })).toThrow('environment variable TRUST_PROXY: "true" would believe every address');
  });
});
