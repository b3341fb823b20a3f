import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temporary folders for tests. Each is removed after its test file has run, also when a test
 * fails (test/cleanup.ts, a setup file, does it), and test/global-setup.ts fails the run if any
 * ladder-* folder is left in the temporary directory.
 */
const made = new Set<string>();

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ladder-${prefix}-`));
  made.add(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}
