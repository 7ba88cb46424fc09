import { stat } from 'node:fs/promises';
import { systemActor } from '../../platform/authz';
import { ValidationError } from '../../platform/errors';
import { importPopulationFile, listAuthoritiesOn } from '../../modules/registry';
import type { Db } from '../../platform/db/database';
import { todayInOslo } from '../../platform/i18n';
import { openMigratedDatabase } from '../open-database';
import { CommandError } from '../usage';

/** What the figures are said to come from when --source is not given. */
export const DEFAULT_POPULATION_SOURCE = 'SSB, tabell 07459';

/** `samrad import population <file>`: SSB table 07459 as CSV, in one transaction with one audit entry by "cli". */
export async function importPopulation(file: string, source: string | undefined, out: (line: string) => void): Promise<void> {
  // Checked before the database is opened, so that a mistyped name costs nothing and is named plainly.
  await checkReadableFile(file);
  const { database } = await openMigratedDatabase();
  try {
    out(`Database: ${database.location} (${database.dialect})`);
    const used = source ?? DEFAULT_POPULATION_SOURCE;
    const result = await importPopulationFile(database.db, systemActor('cli'), file, used).catch(async (error: unknown) => {
      throw await withRegisterHint(database.db, inTermsOfTheFile(error, file));
    });
    out(
      result.imported === 0
        ? `Imported no population figures from ${file}: every row was skipped.`
        : `Imported ${result.imported} population ${result.imported === 1 ? 'figure' : 'figures'} for ${result.years.join(', ')} from ${file} (source: ${used}).`,
    );
    if (result.skipped > 0) {
      out(`Skipped ${result.skipped} ${result.skipped === 1 ? 'row' : 'rows'} with no figure, or with 0 for a number that was not valid that year.`);
    }
  } finally {
    await database.close();
  }
}

async function checkReadableFile(file: string): Promise<void> {
  let isFile: boolean;
  try {
    isFile = (await stat(file)).isFile();
  } catch (error) {
    throw unreadable(error, file);
  }
  if (!isFile) throw new CommandError(`${file} is not a file: give the CSV file exported from SSB.`);
}

function unreadable(error: unknown, file: string): CommandError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CommandError(`there is no file ${file}: check its name, and the directory samrad runs in.`);
  if (code === 'EACCES' || code === 'EPERM') return new CommandError(`cannot read ${file}: permission denied.`);
  return new CommandError(`cannot read ${file}: ${(error as Error).message}`);
}

/**
 * The server loads the register when it starts and `samrad migrate` does; a database that has had
 * neither has an empty one, and then every line of a good file would be refused as unknown.
 */
async function withRegisterHint(db: Db, error: unknown): Promise<unknown> {
  if (!(error instanceof CommandError) || (await listAuthoritiesOn(db, { at: todayInOslo() })).length > 0) return error;
  return new CommandError([...error.lines, 'the municipality register is empty: run "samrad migrate" first, then import again.']);
}

/** The import's line-by-line messages are keyed by the field `file`; here they name the file itself. */
function inTermsOfTheFile(error: unknown, file: string): unknown {
  if (error instanceof ValidationError && error.fieldErrors.file) {
    return new CommandError(error.fieldErrors.file.map((message) => `${file} ${message}`));
  }
  // importPopulationFile reads the file again, and it may have gone since it was checked.
  if (error instanceof Error && 'syscall' in error) return unreadable(error, file);
  return error;
}
