import type { Config } from './platform/config';
import { openDatabase, type OpenDatabase } from './platform/db/database';
import { migrateToLatest } from './platform/db/migrate';
import type { Logger } from './platform/logger';
import { syncRegistry } from './modules/registry';
import { isDatabaseEmpty, seedDemo } from './demo';

/** Opens the database and brings it up to date: migrations, the shipped register, and (once) the demo. */
export async function prepareDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    await syncRegistry(database.db);
    if (config.seedDemo === 'auto' && (await isDatabaseEmpty(database.db))) {
      logger.info('empty database: loading the Vestregionen demo data');
      await seedDemo(database.db);
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
