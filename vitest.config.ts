import { defineConfig } from 'vitest/config';

// Unit and module tests. Module tests open a fresh database per test file (tests/support/test-database.ts);
// the dialect follows DATABASE_URL, so the same suite runs on SQLite and on PostgreSQL.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'hono/jsx' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // Generous: a test that waits on a child process or a slow hash must not fail because the machine is busy.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
