import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LadderError } from '../core/errors.js';

/** The temporary name a file is written under before it is renamed into place. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/** Writes a file whole or not at all: a temporary file beside it, flushed, then a rename. */
export function writeFileAtomic(path: string, content: string | Uint8Array, mode = 0o644): void {
  const tmp = temporaryPathFor(path);
  try {
    const fd = openSync(tmp, 'w', mode);
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
