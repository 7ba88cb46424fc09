/**
 * A child process for tests/integration/crash-durability.test.ts: opens the database the way the
 * server does (DATA_DIR or DATABASE_URL), migrates it, then commits transactions as fast as it can
 * until it is killed. Each transaction writes two audit rows for the same number (so a half-written
 * transaction would show), and the number is printed on stdout only after the commit returned.
 * Writes to a pipe are synchronous on Linux, so a printed number is a promise that it was committed.
 */
import { recordAudit } from '../../src/platform/audit';
import { systemActor } from '../../src/platform/authz';
import { loadConfig } from '../../src/platform/config';
import { openDatabase } from '../../src/platform/db/database';
import { migrateToLatest } from '../../src/platform/db/migrate';

const actor = systemActor('job');
const limit = Number(process.argv[2] ?? 1_000_000);

const config = loadConfig();
const database = await openDatabase(config);
await migrateToLatest(database.db);
process.stdout.write('ready\n');

for (let n = 1; n <= limit; n++) {
  await database.db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, { action: 'burst.first', entityType: 'burst', entityId: n, after: { n } });
    await recordAudit(trx, actor, { action: 'burst.second', entityType: 'burst', entityId: n, after: { n } });
  });
  process.stdout.write(`${n}\n`);
}
await database.close();
