import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/platform/config';
import { openPostgres, openSqlite, type Db } from '../../src/platform/db/database';
import { pageCacheOf, type PageCache } from '../../src/platform/http/page-cache';
import { listen } from '../../src/platform/http/server';
import { createLogger } from '../../src/platform/logger';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

export interface CachedServer {
  database: TestDatabase;
  app: App;
  cache: PageCache;
  url: string;
  /** A second connection to the same database, as another process (the CLI, another instance) has. */
  openSecondConnection(): Promise<{ db: Db; close(): Promise<void> }>;
  close(): Promise<void>;
}

/**
 * The seeded demo behind the real node:http server with the page cache on, so that hits go through
 * the server's fast path as in production.
 */
export async function startCachedServer(env: Record<string, string> = {}): Promise<CachedServer> {
  const database = await createTestDatabase({ seed: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'never',
    DATA_DIR: database.dataDir ?? '/tmp',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    ...env,
  });
  const app = createApp({ db: database.db, dialect: database.dialect, config, logger: createLogger('silent') });
  const cache = pageCacheOf(app)!;
  const server: ServerType = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    database,
    app,
    cache,
    url,
    async openSecondConnection() {
      const second = database.databaseUrl ? await openPostgres(database.databaseUrl) : openSqlite(database.dataDir!);
      return { db: second.db, close: () => second.close() };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
