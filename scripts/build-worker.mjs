/**
 * Builds the worker thread of `ladder normalize FILE --jobs N` as one file
 * (dist/src/cli/commands/normalize-worker.cjs, and dist/src/cli/xlsx/normalize-xlsx-worker.cjs
 * for spreadsheets): a worker starts by loading its code, and one
 * minified file loads in about a third of the time of the ~100 modules it imports otherwise,
 * time every worker of every run pays. CommonJS, because some of its dependencies are.
 * Run by `npm run build`, after tsc.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The worker of CSV, TSV and JSON Lines files, and the worker of spreadsheets.
for (const worker of ['commands/normalize-worker', 'xlsx/normalize-xlsx-worker']) {
  await build({
    entryPoints: [`${root}src/cli/${worker}.ts`],
    outfile: `${root}dist/src/cli/${worker}.cjs`,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}
