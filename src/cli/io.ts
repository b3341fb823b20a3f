import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formatIssue, LadderError } from '../core/errors.js';

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      if (typeof content === 'string') writeSync(fd, content);
      else writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new LadderError('file-not-writable', `Cannot write ${path}: ${code ?? String(e)}`, {
      issues: [{ code: 'file-not-writable', file: path, message: code ?? 'unwritable' }],
    });
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints an error for a person (or as JSON) and gives the exit code: 1 for user errors, 2 for ours. */
export function reportError(e: unknown, json: boolean): number {
  if (e instanceof LadderError) {
    if (json) process.stderr.write(`${JSON.stringify({ error: e.toJSON() })}\n`);
    else {
      process.stderr.write(`ladder: ${e.message}\n`);
      for (const issue of e.issues.slice(0, 50)) process.stderr.write(`  - ${formatIssue(issue)}\n`);
      if (e.issues.length > 50) process.stderr.write(`  … and ${e.issues.length - 50} more\n`);
    }
    return e.userError ? 1 : 2;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`ladder: internal error: ${err.message}\n${process.env.LADDER_DEBUG ? `${err.stack}\n` : 'Set LADDER_DEBUG=1 for the stack trace, and please report it.\n'}`);
  return 2;
}
