/**
 * Builds the worker thread of `ladder normalize FILE --jobs N` as one file
 * (dist/src/cli/commands/normalize-worker.cjs): a worker starts by loading its code, and one
 * minified file loads in about a third of the time of the ~100 modules it imports otherwise,
 * time every worker of every run pays. CommonJS, because some of its dependencies are.
 * Run by `npm run build`, after tsc.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [`${root}src/cli/commands/normalize-worker.ts`],
  outfile: `${root}dist/src/cli/commands/normalize-worker.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
