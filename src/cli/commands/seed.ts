import { prepareDatabase } from '../../boot';
import { loadConfig } from '../../platform/config';
import { createLogger } from '../../platform/logger';

/** `samrad seed`: the Vestregionen demo, once. It creates no accounts, so it ships no password. */
export async function seed(out: (line: string) => void): Promise<void> {
  const config = loadConfig();
  // The server's own start-up, told not to seed by itself, so that this command decides and reports.
  const database = await prepareDatabase({ ...config, seedDemo: 'never' }, createLogger(config.logLevel));
  try {
    out(`Database: ${database.location} (${database.dialect})`);
    const { isDatabaseEmpty, seedDemo } = await import('../../demo');
    if (!(await isDatabaseEmpty(database.db))) {
      out('The database already has cooperations, so the demo data was not loaded again. Nothing changed.');
      return;
    }
    await seedDemo(database.db);
    out('Loaded the Vestregionen demo data.');
  } finally {
    await database.close();
  }
}
