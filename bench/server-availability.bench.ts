/**
 * Availability under heavy requests: /health latency while one editor PUTs a 2 MB, 4,000-role
 * company framework and two clients loop a 10,000-title public batch, against a server in its
 * own process on 127.0.0.1. Every loop is bounded. Goal: /health p99 < 50 ms.
 *
 *   npm run bench -- server-availability      (BENCH_PUTS=3, BENCH_BATCHES=6 per client)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/postgres.js';
import { bigCompanyFramework } from './big-framework.js';

const PUTS = Number(process.env.BENCH_PUTS ?? 3);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 6);
const TARGET_P99_MS = 50;
const root = fileURLToPath(new URL('..', import.meta.url));


const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};
const ms = (x: number) => x.toFixed(1);

const dataDir = mkdtempSync(join(tmpdir(), 'ladder-bench-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'serve', '--host', '127.0.0.1', '--port', String(port), '--data', dataDir], {
  cwd: root,
  env: { ...process.env, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' },
  stdio: ['ignore', 'ignore', 'inherit'],
});

/** /health latencies, one probe every 10 ms until `until` resolves. */
async function probe(until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const lat: number[] = [];
  while (!done) {
    const t0 = performance.now();
    await fetch(`${base}/health`).then((r) => r.arrayBuffer());
    lat.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 10));
  }
  return lat;
}

let exitCode = 0;
try {
  for (let i = 0; ; i++) {
    if (await fetch(`${base}/ready`).then((r) => r.ok, () => false)) break;
    if (i > 300) throw new Error('the server did not get ready');
    await new Promise((r) => setTimeout(r, 200));
  }
  const token = readFileSync(join(dataDir, 'owner-token'), 'utf8').trim();
  const framework = bigCompanyFramework(4000);
  const titles = Array.from({ length: 10_000 }, (_, i) => `Sr. Product Manager ${i % 500}, Payments (Remote)`);
  const batchBody = JSON.stringify({ titles });

  // Warm-up: the normalizer compiles and the framework worker starts on first use, once per process.
  await fetch(`${base}/api/v1/normalize/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ titles: titles.slice(0, 1000) }) }).then((r) => r.arrayBuffer());
  await fetch(`${base}/api/v1/workspace/framework`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/yaml' }, body: bigCompanyFramework(10) }).then((r) => r.arrayBuffer());

  const idle = await probe(new Promise((r) => setTimeout(r, 2000)));

  const putTimes: number[] = [];
  const batchTimes: number[] = [];
  const puts = (async () => {
    for (let i = 0; i < PUTS; i++) {
      const t0 = performance.now();
      const r = await fetch(`${base}/api/v1/workspace/framework`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/yaml' }, body: framework.replace('Load Test Co', `Load Test Co ${i}`) });
      if (!r.ok) throw new Error(`PUT answered ${r.status}: ${await r.text()}`);
      putTimes.push(performance.now() - t0);
    }
  })();
  const client = async () => {
    for (let i = 0; i < BATCHES; i++) {
      const t0 = performance.now();
      const r = await fetch(`${base}/api/v1/normalize/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: batchBody });
      if (!r.ok) throw new Error(`batch answered ${r.status}`);
      await r.arrayBuffer();
      batchTimes.push(performance.now() - t0);
    }
  };
  const loaded = await probe(Promise.all([puts, client(), client()]));

  const p99 = quantile(loaded, 0.99);
  if (!(p99 < TARGET_P99_MS)) exitCode = 1;
  process.stdout.write(`\n${(framework.length / 1e6).toFixed(2)} MB framework PUT ×${PUTS}; two clients × ${BATCHES} batches of 10,000 titles\n\n`);
  process.stdout.write('| /health | probes | p50 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n');
  process.stdout.write(`| idle | ${idle.length} | ${ms(quantile(idle, 0.5))} | ${ms(quantile(idle, 0.99))} | ${ms(Math.max(...idle))} |\n`);
  process.stdout.write(`| under load | ${loaded.length} | ${ms(quantile(loaded, 0.5))} | ${ms(p99)} | ${ms(Math.max(...loaded))} |\n\n`);
  process.stdout.write(`framework PUT: ${putTimes.map((x) => `${(x / 1000).toFixed(1)} s`).join(', ')}; batch p50 ${ms(quantile(batchTimes, 0.5))} ms\n`);
  process.stdout.write(`target /health p99 < ${TARGET_P99_MS} ms: ${exitCode ? 'MISSED' : 'met'}\n`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = exitCode;
