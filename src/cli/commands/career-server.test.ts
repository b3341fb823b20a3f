/**
 * `ladder assess --server URL --token T`: assessments kept in a workspace of a running server,
 * as a team would use it, against the real `ladder serve`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ladder, ROOT } from '../../../test/cli.js';
import { freePort } from '../../../test/postgres.js';
import { tempDir } from '../../../test/temp.js';

const dir = tempDir('assess-server');
let server: ChildProcess;
let url = '';
let token = '';

beforeAll(async () => {
  const data = join(dir, 'data');
  const created = ladder(['admin', '--data', data, 'create-workspace', 'Acme', '--json']);
  expect(created.code, created.stderr).toBe(0);
  token = JSON.parse(created.stdout).token;
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [`${ROOT}bin/ladder.js`, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', data], { stdio: 'ignore', env: { ...process.env, LOG_LEVEL: 'warn' } });
  const until = Date.now() + 60_000;
  while (Date.now() < until && !(await fetch(`${url}/ready`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 200));
}, 90_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const answers = (date: string, level: number) =>
  JSON.stringify({ person: 'Grace Hopper', role: 'product-owner', date, answers: { 'backlog-ownership': level, 'customer-voice': level, 'agile-delivery': level, 'product-alignment': level, 'stakeholder-communication': 2, 'coaching-coordination': 2 } });

describe('ladder assess with a workspace on a server', () => {
  it('keeps assessments in the workspace and shows progress from them', async () => {
    writeFileSync(join(dir, 'a.json'), answers('2026-01-10', 2));
    writeFileSync(join(dir, 'b.json'), answers('2026-06-10', 3));
    const first = ladder(['assess', '--answers', 'a.json', '--server', url, '--token', token], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`saved the assessment to ${url} (workspace) (1 for Grace Hopper`);
    const second = ladder(['assess', '--answers', 'b.json'], { cwd: dir, env: { LADDER_SERVER: url, LADDER_TOKEN: token } });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('## Progress of Grace Hopper over 2 assessments');

    const res = await fetch(`${url}/api/v1/workspace/assessments?person=grace%20hopper`, { headers: { authorization: `Bearer ${token}` } });
    const kept = (await res.json()) as { assessments: { date: string }[] };
    expect(kept.assessments.map((a) => a.date)).toEqual(['2026-01-10', '2026-06-10']);

    const history = ladder(['assess', '--history', '--person', 'Grace Hopper', '--json', '--server', url, '--token', token], { cwd: dir });
    expect(JSON.parse(history.stdout).entries).toHaveLength(2);
  });

  it('says what to do about a wrong token, a missing token or an unreachable server', async () => {
    writeFileSync(join(dir, 'a.json'), answers('2026-01-10', 2));
    const wrong = ladder(['assess', '--answers', 'a.json', '--server', url, '--token', 'lad_not-a-token'], { cwd: dir });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/refused the token/);
    const missing = ladder(['assess', '--answers', 'a.json', '--server', url], { cwd: dir, env: { LADDER_TOKEN: '' } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('needs a workspace token');
    const down = ladder(['assess', '--answers', 'a.json', '--server', `http://127.0.0.1:${await freePort()}`, '--token', token], { cwd: dir });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/Cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });
});
