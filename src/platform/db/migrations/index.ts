import type { Migration } from 'kysely';
import * as registry from './0001_registry';
import * as cooperations from './0002_cooperations';
import * as people from './0003_people';
import * as accounts from './0004_accounts_and_audit';

/** The one ordered history for both engines. Append only: never edit a migration that has shipped. */
export const migrations: Record<string, Migration> = {
  '0001_registry': registry,
  '0002_cooperations': cooperations,
  '0003_people': people,
  '0004_accounts_and_audit': accounts,
};
