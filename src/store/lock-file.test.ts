import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../test/cli.js';
import { LadderError } from '../core/errors.js';
import { acquireLock, isZombie } from './lock-file.js';
import { tempDir } from '../../test/temp.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const lockPath = () => {
  const dir = tempDir('lock');
  dirs.push(dir);
  return join(dir, 'ladder.lock');
};
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function errorOf(p: Promise<unknown>): Promise<LadderError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof LadderError) return e;
    throw e;
  }
  throw new Error('expected a LadderError');
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

/** Starts a process (a shell command line) that takes the lock and prints "locked <pid>"; resolves with that pid. */
function holder(command: string): Promise<number> {
  const child = spawn('bash', ['-c', command], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /locked (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
}
const holderCommand = (path: string, mode = '') => `exec "${process.execPath}" --import tsx test/lock-holder-child.ts "${path}" ${mode}`;

async function killAndWait(pid: number): Promise<void> {
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(pid, 0);
      if (isZombie(pid)) return;
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the data directory lock', () => {
  it('is exclusive until released, and its file removed on release', async () => {
    const path = lockPath();
    const lock = await acquireLock(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect((await errorOf(acquireLock(path))).code).toBe('data-dir-locked');
    lock.release();
    expect(existsSync(path)).toBe(false);
    (await acquireLock(path)).release();
  });

  it('holds while its owner lives, even when ladder.lock is deleted, and the owner puts the file back', async () => {
    const path = lockPath();
    const pid = await holder(holderCommand(path));
    const refused = await errorOf(acquireLock(path));
    expect(refused.message).toContain(`process ${pid}`);
    expect(refused.message).not.toMatch(/delete|remove/i);
    rmSync(path);
    expect((await errorOf(acquireLock(path))).code).toBe('data-dir-locked');
    for (let i = 0; i < 100 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 20));
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(pid);
    await killAndWait(pid);
    (await acquireLock(path)).release();
  });

  it('is free at once after kill -9, even while the dead owner is a zombie', async () => {
    const path = lockPath();
    // The holder's parent becomes "sleep", which never reaps it: killed, it stays a zombie.
    const pid = await holder(`"${process.execPath}" --import tsx test/lock-holder-child.ts "${path}" & exec sleep 30`);
    await killAndWait(pid);
    expect(isZombie(pid)).toBe(true);
    (await acquireLock(path)).release();
  });

  it('without the kernel lock, takes over a file whose process is gone or a zombie', async () => {
    const path = lockPath();
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname(), since: 'earlier' }));
    const lock = await acquireLock(path, { osLock: false });
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    lock.release();
    const zombie = await holder(`"${process.execPath}" --import tsx test/lock-holder-child.ts "${path}" file & exec sleep 30`);
    await killAndWait(zombie);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(zombie);
    (await acquireLock(path, { osLock: false })).release();
  });

  it('without the kernel lock, takes over a lock with our pid that we do not hold (a restarted container is pid 1 again)', async () => {
    const path = lockPath();
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), since: 'before the restart' }));
    (await acquireLock(path, { osLock: false })).release();
  });

  it('without the kernel lock, takes over an unreadable file and respects a live process', async () => {
    const path = lockPath();
    writeFileSync(path, '{ half-writ');
    (await acquireLock(path, { osLock: false })).release();
    writeFileSync(path, JSON.stringify({ pid: process.ppid, host: hostname(), since: 'now' }));
    const e = await errorOf(acquireLock(path, { osLock: false }));
    expect(e.code).toBe('data-dir-locked');
    expect(e.message).not.toMatch(/delete|remove/i);
  });

  it('does not remove a lock file that another process took over', async () => {
    const path = lockPath();
    const lock = await acquireLock(path, { osLock: false });
    writeFileSync(path, JSON.stringify({ pid: process.ppid, host: hostname(), since: 'now' }));
    lock.release();
    expect(existsSync(path)).toBe(true);
  });
});
