/**
 * A roster import killed with SIGKILL in the middle of its transaction: the previous snapshot is
 * intact, no partial snapshot or stray people remain, and the database opens fine (PGlite: the
 * lock left by the dead process is taken over and PostgreSQL's recovery runs).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresSuitePlan, startPostgresTestCluster, type PostgresTestCluster } from '../../test/stores.js';
import { openStore, type DatabaseOptions, type Store } from './index.js';
import { tempDir } from '../../test/temp.js';

const child = join(import.meta.dirname, '../../test/roster-import-child.ts');

/** Runs the child and kills it with SIGKILL once it has written `killAt` people in its transaction. */
function importAndKill(target: string, workspaceId: string, killAt: number): Promise<{ lastProgress: number; signal: string | null; sawDone: boolean }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, target, workspaceId, '100000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastProgress = 0;
    let sawDone = false;
    let stderr = '';
    let buffer = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'done') sawDone = true;
        const m = /^progress (\d+)$/.exec(line);
        if (m) {
          lastProgress = Number(m[1]);
          if (lastProgress >= killAt && !proc.killed) proc.kill('SIGKILL');
        }
      }
    });
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited with ${code} before it was killed:\n${stderr}`));
      else resolve({ lastProgress, signal, sawDone });
    });
  });
}

async function checkSurvives(options: DatabaseOptions, target: string) {
  let store: Store = await openStore(options);
  const { workspace } = await store.workspaces.create('crash');
  const before = await store.rosters.create(workspace.id, { source: 'before', people: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], rejectedRows: [{ row: 9, message: 'x' }] });
  await store.close();

  const run = await importAndKill(target, workspace.id, 5000);
  expect(run.signal).toBe('SIGKILL');
  expect(run.sawDone).toBe(false);
  expect(run.lastProgress).toBeGreaterThanOrEqual(5000);
  expect(run.lastProgress).toBeLessThan(100000);

  store = await openStore(options);
  try {
    const list = await store.rosters.list(workspace.id);
    expect(list.map((s) => s.id)).toEqual([before.id]);
    expect(await store.rosters.get(workspace.id, before.id)).toEqual(before);
    const people = await store.handle.db.selectFrom('roster_people').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(people.n)).toBe(3);
    // And it takes writes again.
    const after = await store.rosters.create(workspace.id, { source: 'after', people: [{ id: 'z' }], rejectedRows: [] });
    expect((await store.rosters.list(workspace.id)).map((s) => s.id).sort()).toEqual([before.id, after.id].sort());
  } finally {
    await store.close();
  }
}

describe('a roster import killed mid-transaction', () => {
  it('leaves a PGlite data directory with the previous snapshot intact', async () => {
    const dir = tempDir('crash');
    try {
      await checkSurvives({ dataDir: dir }, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  const plan = postgresSuitePlan();
  let cluster: PostgresTestCluster | undefined;
  afterAll(() => cluster?.stop());
  if (plan.run) {
    it('leaves PostgreSQL with the previous snapshot intact', async () => {
      cluster = await startPostgresTestCluster();
      const url = await cluster.createDatabase();
      await checkSurvives({ databaseUrl: url, poolSize: 2 }, url);
    }, 180_000);
  } else if (plan.mustFail) {
    it('needs PostgreSQL (LADDER_REQUIRE_POSTGRES=1)', () => {
      throw new Error(`PostgreSQL is required here but unavailable: ${plan.reason}`);
    });
  } else {
    console.warn(`[crash test] PostgreSQL skipped: ${plan.reason}`);
    it.skip(`on PostgreSQL (skipped: ${plan.reason})`, () => {});
  }
});
