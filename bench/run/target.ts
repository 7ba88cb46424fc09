import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { openPostgres, openSqlite, type OpenDatabase } from '../../src/platform/db/database';

/** The database one run measures: the generated SQLite file, or the PostgreSQL database bench:data filled. */
export type Target = { database: 'sqlite'; file: string } | { database: 'postgres'; url: string };

export function targetsFor(dataFile: string, databaseUrl: string | undefined, only: 'sqlite' | 'postgres' | null = null): Target[] {
  const targets: Target[] = [];
  if (only !== 'postgres') {
    if (!existsSync(dataFile)) {
      throw new Error(`${dataFile} does not exist. Build it with npm run bench:data (or give another file with --data).`);
    }
    targets.push({ database: 'sqlite', file: dataFile });
  }
  if (databaseUrl && only !== 'sqlite') targets.push({ database: 'postgres', url: databaseUrl });
  return targets;
}

/** The bench's own connection, for preparing writes and counting what they stored. */
export function openTarget(target: Target): Promise<OpenDatabase> {
  return target.database === 'sqlite' ? Promise.resolve(openSqlite(dirname(target.file), basename(target.file))) : openPostgres(target.url);
}
