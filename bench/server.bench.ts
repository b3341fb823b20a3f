/**
 * Load test of the HTTP server: POST /api/v1/normalize and GET /api/v1/roles/:id, each for a
 * fixed time with fixed connections, against a server in its own process on 127.0.0.1 (the load
 * generator runs here, so on a 2-core machine each gets a core). Only loopback traffic.
 * Target on 2 cores: ≥ 5,000 req/s with p99 < 20 ms.
 *
 *   npm run bench -- server            (BENCH_SECONDS=10, BENCH_CONNECTIONS=16 by default)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/postgres.js';
import { createRequire } from 'node:module';

/** The part of autocannon's API used here (it ships no types). */
interface CannonOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  connections?: number;
  duration?: number;
  pipelining?: number;
}
interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: CannonOptions) => Promise<CannonResult>;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const TARGET_RPS = 5000;
const TARGET_P99_MS = 20;
const root = fileURLToPath(new URL('..', import.meta.url));


async function waitReady(base: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/ready`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not get ready within ${timeoutMs / 1000} s`);
}

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(name: string, opts: CannonOptions): Promise<Figures> {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, pipelining: 1, ...opts });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

const dataDir = mkdtempSync(join(tmpdir(), 'ladder-bench-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'serve', '--host', '127.0.0.1', '--port', String(port), '--data', dataDir], {
  cwd: root,
  // The limit stays on (its cost is part of the figure) but high enough never to trip here.
  env: { ...process.env, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn', RATE_LIMIT_PER_MINUTE: '100000000' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let exitCode = 0;
try {
  await waitReady(base, 60_000);
  const roles = ((await (await fetch(`${base}/api/v1/roles`)).json()) as { roles: { id: string }[] }).roles;
  const roleId = roles.find((r) => r.id === 'senior-product-manager')?.id ?? roles[0]!.id;
  // Warm up the JIT and the role view cache.
  await load('warm-up', { url: `${base}/api/v1/roles/${roleId}`, duration: 2 });
  await load('warm-up', { url: `${base}/api/v1/normalize`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Sr. Product Manager, Payments' }), duration: 2 });

  const results = [
    await load('POST /api/v1/normalize', {
      url: `${base}/api/v1/normalize`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Sr. Product Manager, Payments (Remote)' }),
    }),
    await load(`GET /api/v1/roles/${roleId}`, { url: `${base}/api/v1/roles/${roleId}` }),
  ];
  process.stdout.write(`\n${SECONDS} s each, ${CONNECTIONS} connections, server log level ${process.env.BENCH_LOG_LEVEL ?? 'warn'}\n\n`);
  process.stdout.write(`| route | req/s | p50 ms | p99 ms | non-2xx | errors | target (≥ ${TARGET_RPS} req/s, p99 < ${TARGET_P99_MS} ms) |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |\n`);
  for (const f of results) {
    const ok = f.rps >= TARGET_RPS && f.p99 < TARGET_P99_MS && f.non2xx === 0 && f.errors === 0;
    if (!ok) exitCode = 1;
    process.stdout.write(`| ${f.name} | ${Math.round(f.rps).toLocaleString('en')} | ${f.p50} | ${f.p99} | ${f.non2xx} | ${f.errors} | ${ok ? 'met' : 'MISSED'} |\n`);
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = exitCode;
