import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI tests run the real `ladder` binary, so the compiled output must be current (and the
 * warehouse bundle's code, which `ladder udf` reads).
 * tsc emits even when there are type errors; those fail test/typecheck.test.ts instead of
 * stopping every other suite.
 *
 * The run gets a temporary directory of its own (TMPDIR, inherited by the test workers and the
 * processes they start); whatever a test leaves there fails the run, and the directory goes.
 */
export default function setup(): () => void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  // The warehouse bundle's code (dist/udf/ladder-core.js), as `npm run build` makes it.
  const udf = spawnSync(process.execPath, ['scripts/build-udf.mjs'], { cwd: root, encoding: 'utf8' });
  if (udf.status !== 0) throw new Error(`scripts/build-udf.mjs failed: ${udf.stderr}`);
  if (!existsSync(`${root}dist/src/cli/main.js`)) throw new Error('the build produced no dist/src/cli/main.js: run "npm run build" to see why');

  const runTmp = mkdtempSync(join(tmpdir(), 'vitest-run-'));
  // Traversable by other users: the PostgreSQL tests run the server as the postgres user.
  chmodSync(runTmp, 0o755);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = runTmp;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    const left = readdirSync(runTmp).filter((name) => name.startsWith('ladder-'));
    rmSync(runTmp, { recursive: true, force: true });
    if (left.length) {
      // Vitest reports an error thrown here but still exits 0: set the exit code as well.
      process.exitCode = 1;
      throw new Error(`tests left ${left.length} folder(s) in the temporary directory: ${left.join(', ')}. Make them with tempDir() from test/temp.ts.`);
    }
  };
}
