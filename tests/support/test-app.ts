import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/platform/config';
import type { Db, Dialect } from '../../src/platform/db/database';
import { createLogger } from '../../src/platform/logger';
import { createTestDatabase, type TestDatabase, type TestDatabaseOptions } from './test-database';

export interface TestAppOptions extends TestDatabaseOptions {
  /** Extra environment for `loadConfig` (e.g. `{ PUBLIC_URL: 'http://intranet.example' }`). */
  env?: Record<string, string>;
  /** Use this database instead of making a fresh one (it is then not closed by `close()`). */
  database?: TestDatabase;
}

export interface TestApp {
  app: App;
  db: Db;
  dialect: Dialect;
  config: Config;
  close(): Promise<void>;
}

/**
 * The whole HTTP application over a fresh test database, for `app.request()` tests (no port):
 *
 *   const t = await createTestApp({ seed: true });
 *   const res = await t.app.request('/vestregionen');
 *   await t.close();
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase({ seed: options.seed ?? false }));
  // On PostgreSQL the data directory still holds files (uploads, …): give it a temp one.
  const ownDir = database.dataDir ? null : mkdtempSync(join(tmpdir(), 'samrad-test-files-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'never',
    DATA_DIR: database.dataDir ?? ownDir!,
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    ...options.env,
  });
  const app = createApp({ db: database.db, dialect: database.dialect, config, logger: createLogger(config.logLevel) });
  return {
    app,
    db: database.db,
    dialect: database.dialect,
    config,
    async close() {
      if (!options.database) await database.close();
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}
