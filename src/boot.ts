import type { Config } from './platform/config';
import { openDatabase, type OpenDatabase } from './platform/db/database';
import { migrateToLatest } from './platform/db/migrate';
import type { Logger } from './platform/logger';
import { hasCooperations } from './modules/cooperations';
import { syncRegistry } from './modules/registry';

/** Opens the database and brings it up to date: migrations, the shipped register, and (once) the demo. */
export async function prepareDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    await syncRegistry(database.db);
    // Empty means no cooperation (the demo's own test, isDatabaseEmpty). The demo's code is loaded only
    // then: every other start, which is nearly all of them, skips compiling and loading it.
    if (config.seedDemo === 'auto' && !(await hasCooperations(database.db))) {
      logger.info('empty database: loading the Vestregionen demo data');
      const { seedDemo } = await import('./demo');
      await seedDemo(database.db);
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
