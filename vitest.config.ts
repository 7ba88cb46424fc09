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
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
