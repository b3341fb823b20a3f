/**
 * Two `ladder serve` processes on one PostgreSQL, as behind a load balancer: they share
 * workspaces, rosters and normalize jobs; each job is run once, by whichever server claims it;
 * a job whose server is killed is taken over by the other once its lease runs out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../test/cli.js';
import { multipart } from '../../test/multipart.js';
import { tempDir } from '../../test/temp.js';
import { freePort } from '../../test/postgres.js';
import { postgresSuitePlan, startPostgresTestCluster, type PostgresTestCluster } from '../../test/stores.js';

interface Server {
  proc: ChildProcess;
  base: string;
  log: () => string;
  exited: Promise<number | null>;
}

const LEASE_MS = 3000;
const servers: Server[] = [];
/** Where the first server writes the bootstrap owner token (the database is PostgreSQL). */
const dataDir = tempDir('multi-server');
/** The servers' temporary directory: a killed server leaves its upload spool there, removed with it. */
const serverTmp = tempDir('multi-server-tmp');
let cluster: PostgresTestCluster | undefined;
afterAll(() => {
  for (const s of servers) s.proc.kill('SIGKILL');
  cluster?.stop();
});

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const proc = spawn(process.execPath, [join(ROOT, 'bin', 'ladder.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, TMPDIR: serverTmp, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '4', JOB_LEASE_MS: String(LEASE_MS), JOB_POLL_MS: '100', LOG_LEVEL: 'info', LADDER_FRAMEWORK: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (await fetch(`${base}/ready`).then((r) => r.ok, () => false)) break;
    if (proc.exitCode !== null) throw new Error(`the server stopped: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const server = { proc, base, log: () => out, exited };
  servers.push(server);
  return server;
}

function titlesCsv(rows: number, seed: number): string {
  const titles = ['Senior Product Manager', 'Product Owner', 'Head of Product, Payments', 'Line Cook', 'Group PM', 'Staff Product Designer', 'Produktmanager (m/w/d)'];
  const lines = ['id,title'];
  for (let i = 0; i < rows; i++) lines.push(`${i},"${titles[(i * 7 + seed) % titles.length]} ${i % 13}"`);
  return `${lines.join('\n')}\n`;
}

async function upload(server: Server, csv: string): Promise<string> {
  const form = multipart([{ name: 'column', value: 'title' }, { name: 'file', filename: 'titles.csv', content: csv }]);
  const res = await fetch(`${server.base}/api/v1/normalize/jobs`, { method: 'POST', headers: form.headers, body: form.payload });
  expect(res.status).toBe(202);
  return ((await res.json()) as { id: string }).id;
}

const status = async (server: Server, id: string) => (await (await fetch(`${server.base}/api/v1/normalize/jobs/${id}`)).json()) as { status: string; processed: number; total?: number };

async function waitDone(server: Server, ids: string[], timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (const id of ids) {
    for (;;) {
      const s = await status(server, id);
      if (s.status === 'done' || s.status === 'failed') break;
      if (Date.now() > until) throw new Error(`job ${id} still ${s.status} (${s.processed} rows)`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const plan = postgresSuitePlan();
describe('two servers on one PostgreSQL', () => {
  if (!plan.run) {
    if (plan.mustFail) it('needs PostgreSQL (LADDER_REQUIRE_POSTGRES=1)', () => {
      throw new Error(`PostgreSQL is required here but unavailable: ${plan.reason}`);
    });
    else it.skip(`skipped: ${plan.reason}`, () => {});
    return;
  }

  it('share workspaces, rosters and jobs; run each job once; take over the job of a killed server', async () => {
    cluster = await startPostgresTestCluster();
    const url = await cluster.createDatabase();
    const a = await startServer(url);
    const b = await startServer(url);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      // The first server made the workspace; its token works on the other one too.
      const token = readFileSync(join(dataDir, 'owner-token'), 'utf8').trim();
      expect(token).toMatch(/^lad_/);
      const auth = { authorization: `Bearer ${token}` };
      const roster = 'id,name,title,manager_id\n1,Ana,VP of Product,\n2,Bo,Senior Product Manager,1\n3,Cy,Product Manager,2\n';
      const created = await fetch(`${a.base}/api/v1/workspace/rosters?name=team.csv`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: roster });
      expect(created.status).toBe(201);
      const listed = (await (await fetch(`${b.base}/api/v1/workspace/rosters`, { headers: auth })).json()) as { rosters: { people: number }[] };
      expect(listed.rosters.map((r) => r.people)).toEqual([3]);

      // Jobs uploaded to either server, run by either; every one once, results the same from both.
      const ids: string[] = [];
      for (let k = 0; k < 6; k++) ids.push(await upload(k % 2 === 0 ? a : b, titlesCsv(3000, k)));
      await waitDone(b, ids, 60_000);
      const runs = await db.query<{ id: string; status: string; attempts: number; processed: number }>('select id, status, attempts, processed from normalize_jobs where id = any($1)', [ids]);
      expect(runs.rows.map((r) => [r.status, r.attempts, r.processed])).toEqual(ids.map(() => ['done', 1, 3000]));
      for (const id of ids) {
        const fromA = await (await fetch(`${a.base}/api/v1/normalize/jobs/${id}/result`)).text();
        const fromB = await (await fetch(`${b.base}/api/v1/normalize/jobs/${id}/result`)).text();
        expect(fromA).toBe(fromB);
        expect(fromA.trim().split('\r\n')).toHaveLength(3001);
      }

      // A big job: kill the server running it mid-way; the other takes it over after the lease.
      const big = await upload(a, titlesCsv(150_000, 1));
      let owner = '';
      const until = Date.now() + 60_000;
      while (Date.now() < until) {
        const r = await db.query<{ owner: string | null; processed: number; status: string }>('select owner, processed, status from normalize_jobs where id = $1', [big]);
        const row = r.rows[0]!;
        expect(row.status).not.toBe('done');
        if (row.status === 'running' && row.owner && row.processed > 0) {
          owner = row.owner;
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      const victim = servers.find((s) => owner.split(':')[1] === String(s.proc.pid));
      if (!victim) throw new Error(`no server runs the job (owner "${owner}"):\n${a.log().slice(-3000)}\n${b.log().slice(-3000)}`);
      const survivor = victim === a ? b : a;
      victim.proc.kill('SIGKILL');
      await victim.exited;
      await waitDone(survivor, [big], 120_000);
      const after = await db.query<{ status: string; attempts: number; owner: string | null; processed: number }>('select status, attempts, owner, processed from normalize_jobs where id = $1', [big]);
      expect(after.rows[0]).toMatchObject({ status: 'done', attempts: 2, owner: null, processed: 150_000 });
      const result = await (await fetch(`${survivor.base}/api/v1/normalize/jobs/${big}/result`)).text();
      expect(result.trim().split('\r\n')).toHaveLength(150_001);
      expect(survivor.log()).toContain('taking over a normalize job whose server stopped');
    } finally {
      await db.end();
    }
  }, 240_000);
});
