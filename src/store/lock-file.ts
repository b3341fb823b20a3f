import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { LadderError } from '../core/errors.js';

/**
 * An exclusive lock on a data directory. PGlite has no cross-process lock, and two processes
 * writing one PGlite directory corrupt it (each sees only its own writes).
 *
 * On Linux the lock is held by the kernel: the owner listens on an abstract Unix socket named
 * after the directory (its device and inode). Nothing on disk can remove it, and it is released
 * the moment its process ends, kill -9 included (a zombie holds no sockets), so a restart is
 * never refused by a dead owner and a deleted file never lets a second server in.
 * `ladder.lock` (pid, host, since) is kept beside it to say who holds the directory, and put back
 * by the owner if it is deleted.
 *
 * Elsewhere (no abstract sockets) the file is the lock: created exclusively, taken over only when
 * its process is gone or a zombie.
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

export interface LockOptions {
  /** Use the kernel lock where there is one (default: on Linux). Tests turn it off to check the file lock. */
  osLock?: boolean;
  /** How often the owner checks that `ladder.lock` is still there (ms). */
  watchMs?: number;
}

/** Locks this process holds: a lock file with our pid that is not here was left by an earlier
 * process that had the same pid (pid 1 in a restarted container). */
const held = new Set<string>();

export async function acquireLock(path: string, options: LockOptions = {}): Promise<LockFile> {
  const osLock = options.osLock ?? process.platform === 'linux';
  if (!osLock) return acquireFileLock(path);
  if (held.has(path)) throw lockedError(path, { pid: process.pid, host: hostname(), since: '' }, true);
  const name = socketName(path);
  let server: Server | undefined;
  for (let attempt = 0; !server; attempt++) {
    try {
      server = await listenExclusive(name);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
      // An owner killed a moment ago may still be tearing down its threads (its main thread
      // already a zombie): the kernel frees the lock when the last one ends. Wait for that.
      const holder = readLock(path);
      if (!holder || isAlive(holder) || attempt >= 100) throw lockedError(path, holder, false);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  held.add(path);
  writeLock(path);
  // Put the file back if someone deletes it: it is how people (and older tools) see the lock.
  const watch = setInterval(() => {
    if (!existsSync(path)) {
      try {
        writeLock(path);
      } catch {
        // the directory itself is gone; nothing to tell
      }
    }
  }, options.watchMs ?? 1000);
  watch.unref();
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      clearInterval(watch);
      held.delete(path);
      if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
      server.close();
    },
  };
}

/** The abstract socket for a data directory: named by device and inode, so every path to it (symlinks, relative) meets the same lock. */
function socketName(lockPath: string): string {
  const dir = dirname(lockPath);
  const st = statSync(dir);
  return `\0product-ladder-${createHash('sha256').update(`${st.dev}:${st.ino}`).digest('hex').slice(0, 32)}`;
}

function listenExclusive(name: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen({ path: name, exclusive: true }, () => {
      server.off('error', reject);
      server.unref();
      resolve(server);
    });
  });
}

function writeLock(path: string): void {
  const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const fd = openSync(path, 'w', 0o644);
  try {
    writeSync(fd, `${JSON.stringify(info)}\n`);
  } finally {
    closeSync(fd);
  }
}

function lockedError(path: string, holder: LockInfo | undefined, self: boolean): LadderError {
  const who = self ? 'this process' : holder ? `process ${holder.pid}${holder.host && holder.host !== hostname() ? ` on ${holder.host}` : ''}${holder.since ? ` (since ${holder.since})` : ''}` : 'another process';
  return new LadderError('data-dir-locked', `The data directory is in use by ${who}. Stop that server first, or use another --data directory.`, {
    issues: [{ code: 'data-dir-locked', message: 'locked by a running process', file: path, ...(holder ? { value: holder.pid } : {}) }],
  });
}

/** The lock without a kernel lock: the file, taken over only when its process is gone. */
function acquireFileLock(path: string): LockFile {
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
        if (holder.host && holder.host !== hostname()) {
          throw new LadderError(
            'data-dir-locked',
            `The data directory is in use by process ${holder.pid} on ${holder.host} (since ${holder.since}). Stop that server first, or use another --data directory; only when no server on ${holder.host} uses it may ${path} be removed.`,
            { issues: [{ code: 'data-dir-locked', message: 'locked by a process on another host', file: path, value: holder.pid }] },
          );
        }
        throw lockedError(path, holder, holder.pid === process.pid);
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

/** Is the process alive? A zombie (ended, not yet reaped by its parent) is not. */
export function isAlive(info: LockInfo): boolean {
  // A lock from another host cannot be checked: treat it as held.
  if (info.host && info.host !== hostname()) return true;
  try {
    process.kill(info.pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(info.pid);
}

/** /proc/<pid>/stat's state field is "Z" for a zombie (Linux; elsewhere there is no /proc and no answer). */
export function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S …": comm may hold spaces and parentheses, so read after the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}
