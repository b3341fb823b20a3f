import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts', 'web/**/*.test.tsx'],
    globalSetup: ['./test/global-setup.ts'],
    setupFiles: ['./test/cleanup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: the database and browser suites are heavy, so keep workers few.
    maxWorkers: 2,
  },
});
