import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LadderError } from '../core/errors.js';
import { builtinFrameworkDir } from './framework-files.js';

/**
 * The normalizer's code for warehouse bundles, built by `npm run build` (scripts/build-udf.mjs)
 * into dist/udf/ladder-core.js and shipped with the package.
 */
export function readUdfCore(): string {
  const path = join(dirname(builtinFrameworkDir()), 'dist', 'udf', 'ladder-core.js');
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new LadderError('udf-core-missing', `The normalizer's bundle code is missing (${path}); run "npm run build" in the package`, { userError: false });
  }
}
