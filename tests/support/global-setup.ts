import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import type { TestRun } from './templates';

/**
 * Once per `vitest run`: a run id and a shared directory for the database templates that
 * tests/support/test-database.ts builds on first use. At the end, every PostgreSQL database this run
 * made (templates, and any a test forgot to close) is dropped and the directory removed.
 */
export default function setup(project: TestProject) {
  const run: TestRun = {
    runId: randomBytes(4).toString('hex'),
    dir: mkdtempSync(join(tmpdir(), 'samrad-run-')),
  };
  project.provide('samradTestRun', run);

  return async function teardown() {
    rmSync(run.dir, { recursive: true, force: true });
    const adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) return;
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2`,
        [`samrad\\_t\\_${run.runId}\\_%`, `samrad\\_tpl\\_${run.runId}\\_%`],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    } catch (error) {
      process.stderr.write(`test teardown: could not drop this run's databases: ${(error as Error).message}\n`);
    } finally {
      await client.end().catch(() => {});
    }
  };
}
