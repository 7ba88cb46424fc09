import type { MigrationResultSet } from 'kysely';
import { loadConfig, type Config } from '../platform/config';
import { openDatabase, type OpenDatabase } from '../platform/db/database';
import { migrateToLatest } from '../platform/db/migrate';

/**
 * The first steps of the server's start-up (src/boot.ts), for commands that need the database:
 * read the environment, open the database, run the migrations that have not run.
 */
export async function openMigratedDatabase(): Promise<{ config: Config; database: OpenDatabase; migrations: MigrationResultSet }> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    return { config, database, migrations: await migrateToLatest(database.db) };
  } catch (error) {
    await database.close();
    throw error;
  }
}
