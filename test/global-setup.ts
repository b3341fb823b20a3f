import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The CLI tests run the real `ladder` binary, so the compiled output must be current (and the
 * warehouse bundle's code, which `ladder udf` reads).
 * tsc emits even when there are type errors; those fail test/typecheck.test.ts instead of
 * stopping every other suite.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  // The warehouse bundle's code (dist/udf/ladder-core.js), as `npm run build` makes it.
  const udf = spawnSync(process.execPath, ['scripts/build-udf.mjs'], { cwd: root, encoding: 'utf8' });
  if (udf.status !== 0) throw new Error(`scripts/build-udf.mjs failed: ${udf.stderr}`);
  if (!existsSync(`${root}dist/src/cli/main.js`)) throw new Error('the build produced no dist/src/cli/main.js: run "npm run build" to see why');
}
