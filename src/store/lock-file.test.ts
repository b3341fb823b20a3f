import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LadderError } from '../core/errors.js';
import { acquireLock } from './lock-file.js';

const dirs: string[] = [];
const lockPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-lock-'));
  dirs.push(dir);
  return join(dir, 'ladder.lock');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof LadderError) return e.code;
    throw e;
  }
  return undefined;
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('the data directory lock', () => {
  it('is exclusive until released, and removed on release', () => {
    const path = lockPath();
    const lock = acquireLock(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(codeOf(() => acquireLock(path))).toBe('data-dir-locked');
    lock.release();
    expect(existsSync(path)).toBe(false);
    acquireLock(path).release();
  });

  it('takes over a lock whose process is gone (kill -9, crash)', () => {
    const path = lockPath();
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname(), since: 'earlier' }));
    const lock = acquireLock(path);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock with our pid that we do not hold (a restarted container is pid 1 again)', () => {
    const path = lockPath();
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), since: 'before the restart' }));
    acquireLock(path).release();
  });

  it('takes over an unreadable lock file, and respects one from a live process', () => {
    const path = lockPath();
    writeFileSync(path, '{ half-writ');
    acquireLock(path).release();
    writeFileSync(path, JSON.stringify({ pid: process.ppid, host: hostname(), since: 'now' }));
    expect(codeOf(() => acquireLock(path))).toBe('data-dir-locked');
  });

  it('does not remove a lock that another process took over', () => {
    const path = lockPath();
    const lock = acquireLock(path);
    writeFileSync(path, JSON.stringify({ pid: process.ppid, host: hostname(), since: 'now' }));
    lock.release();
    expect(existsSync(path)).toBe(true);
  });
});
