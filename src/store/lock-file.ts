import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { LadderError } from '../core/errors.js';

/**
 * An exclusive lock on a data directory. PGlite has no cross-process lock, and two processes
 * writing one PGlite directory corrupt it, so whoever opens the directory first holds
 * `ladder.lock` (pid and host inside) until it closes it. A lock left by a process that is gone
 * (kill -9, a crash) is taken over; one held by a live process is an error naming it.
 */
export interface LockFile {
  readonly path: string;
  release(): void;
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/** Locks this process holds: a lock file with our pid that is not here was left by an earlier
 * process that had the same pid (pid 1 in a restarted container). */
const held = new Set<string>();

export function acquireLock(path: string): LockFile {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      try {
        const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
        writeSync(fd, `${JSON.stringify(info)}\n`);
      } finally {
        closeSync(fd);
      }
      let released = false;
      held.add(path);
      return {
        path,
        release() {
          if (released) return;
          released = true;
          held.delete(path);
          // Only remove the lock if it is still ours.
          if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new LadderError('data-dir-unwritable', `Cannot create the lock file ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, {
          issues: [{ code: 'data-dir-unwritable', message: 'the data directory must be writable', file: path }],
        });
      }
      const holder = readLock(path);
      if (holder && (holder.pid === process.pid ? held.has(path) : isAlive(holder))) {
        const who = holder.pid === process.pid ? 'this process' : `process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}`;
        throw new LadderError(
          'data-dir-locked',
          `The data directory is in use by ${who} (since ${holder.since}). Stop it first, or use another --data directory. If no such process runs, delete ${path}.`,
          { issues: [{ code: 'data-dir-locked', message: 'locked by another process', file: path, value: holder.pid }] },
        );
      }
      // Stale (its process is gone) or unreadable (a crash while writing it): take it over.
      rmSync(path, { force: true });
    }
  }
  throw new LadderError('data-dir-locked', `Could not take the lock ${path}: other processes keep taking it`, { userError: false });
}

function readLock(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid !== 'number') return undefined;
    return { pid: info.pid, host: String(info.host ?? ''), since: String(info.since ?? '') };
  } catch {
    return undefined;
  }
}

function isAlive(info: LockInfo): boolean {
  // A lock from another host cannot be checked: treat it as held.
  if (info.host && info.host !== hostname()) return true;
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
