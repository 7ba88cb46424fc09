import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/platform/config';
import type { Db } from '../../src/platform/db/database';
import { createLogger } from '../../src/platform/logger';
import type { TestDatabase } from '../support/test-database';

/** Counts every statement sent through the Kysely instance (queries, raw SQL, transactions' statements). */
export class QueryCounter implements KyselyPlugin {
  count = 0;
  kinds: string[] = [];

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count++;
    this.kinds.push(args.node.kind);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** The application over `database` with every query counted, and no page cache (it would hide the queries). */
export function countingApp(database: TestDatabase): { app: App; counter: QueryCounter; db: Db } {
  const counter = new QueryCounter();
  const db = database.db.withPlugin(counter);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'never',
    PAGE_CACHE: 'off',
    DATA_DIR: database.dataDir ?? '/tmp',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
  });
  return { app: createApp({ db, dialect: database.dialect, config, logger: createLogger('silent') }), counter, db };
}

/** How many statements one anonymous GET of `path` sends, and how long the page is; fails unless it answers 200. */
export async function queriesFor(app: App, counter: QueryCounter, path: string): Promise<{ queries: number; bytes: number }> {
  const before = counter.count;
  const response = await app.request(path);
  const bytes = (await response.arrayBuffer()).byteLength;
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return { queries: counter.count - before, bytes };
}
