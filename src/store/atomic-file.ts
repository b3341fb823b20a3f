import { once } from 'node:events';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, type WriteStream } from 'node:fs';
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

/**
 * Puts a temporary file written in full (as a stream) in place: flushed to the disk, then renamed
 * over `path`, so a crash leaves the old file or the new one, never a part.
 */
export function commitTemporary(tmp: string, path: string): void {
  const fd = openSync(tmp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/**
 * After a streamed write to `tmp` (the temporary file of `path`) failed: closes the stream before
 * removing the file, so nothing writes it again afterwards, and gives the error to throw (a
 * LadderError as it is; any other as file-not-writable, naming the file).
 */
export async function abandonStream(out: WriteStream, tmp: string, path: string, e: unknown): Promise<LadderError> {
  if (!out.closed) {
    out.destroy();
    await once(out, 'close').catch(() => {});
  }
  rmSync(tmp, { force: true });
  if (e instanceof LadderError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  return new LadderError('file-not-writable', `Cannot write ${path}: ${code ?? (e as Error).message}`, { issues: [{ code: 'file-not-writable', file: path, message: code ?? 'unwritable' }] });
}
