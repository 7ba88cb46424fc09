import { syncRegistry } from '../../modules/registry';
import { openMigratedDatabase } from '../open-database';

/** `samrad migrate`: schema migrations, then the shipped municipality register. */
export async function migrate(out: (line: string) => void): Promise<void> {
  const { database, migrations } = await openMigratedDatabase();
  try {
    out(`Database: ${database.location} (${database.dialect})`);
    const ran = (migrations.results ?? []).filter((result) => result.status === 'Success');
    if (ran.length === 0) out('Schema: up to date, no migration to run.');
    for (const result of ran) out(`Schema: ran migration ${result.migrationName}`);
    const register = await syncRegistry(database.db);
    const counts = `${register.authorities} municipalities and counties, ${register.names} name periods, ${register.changes} code changes`;
    out(register.changed ? `Municipality register: updated (${counts}).` : `Municipality register: up to date (${counts}).`);
  } finally {
    await database.close();
  }
}
