import { defineConfig } from 'vitest/config';

// Browser journeys: each file starts the real server (a child process) and one Chromium, then
// reuses both for all its tests. Two files at a time keep two cores busy without starving them.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'hono/jsx' },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
