/**
 * Builds the warehouse bundle's code: the title normalizer as one script with no imports and
 * no Node API (esbuild, an IIFE that defines `LadderCore`), written to dist/udf/ladder-core.js.
 * `ladder udf` adds a framework to it and writes the SQL for each engine. Run by `npm run build`.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [`${root}src/core/udf/bundle-entry.ts`],
  outfile: `${root}dist/udf/ladder-core.js`,
  bundle: true,
  format: 'iife',
  globalName: 'LadderCore',
  platform: 'neutral',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
