import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The web app's tests alone, without the root config's global build step:
 *   npx vitest run --config web/vitest.config.ts
 * (`npm test` runs them too, through the root config.) The e2e suite needs dist/ built.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['web/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
