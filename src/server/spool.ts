import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../store/lock-file.js';

/**
 * Where uploads wait for their normalize job: `ladder-uploads-<pid>-XXXXXX` in the temp
 * directory, removed when the server closes. The pid in the name lets the next start remove the
 * folder of a server that was killed (kill -9 runs no cleanup).
 */
const PREFIX = 'ladder-uploads-';

export function makeSpoolDir(): string {
  return mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
}

/** Removes the spool folders of servers that are no longer running; returns how many. */
export function sweepStaleSpools(dir = tmpdir()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = /^ladder-uploads-(\d+)-/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isAlive({ pid, host: '', since: '' })) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
