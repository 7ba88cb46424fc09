import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres, openSqlite, type Db, type Dialect, type OpenDatabase } from '../../src/platform/db/database';
import { migrateToLatest } from '../../src/platform/db/migrate';
import { syncRegistry } from '../../src/modules/registry';
import { adminQuery, newDatabaseName, postgresUrlFor } from './postgres';
import { onceAcrossWorkers, testRun, type TestRun } from './templates';

export { createEmptyPostgresDatabase } from './postgres';

export interface TestDatabase {
  db: Db;
  dialect: Dialect;
  /** Where it lives, to start a server or a CLI on the same data: the SQLite directory … */
  dataDir?: string;
  /** … or the PostgreSQL URL. */
  databaseUrl?: string;
  /** Closes the connection and deletes the database (drops it, or removes its directory). */
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Also load the Vestregionen demo (`seedDemo`). */
  seed?: boolean;
}

const SQLITE_FILE = 'samrad.sqlite';

/**
 * A fresh, migrated database with the register loaded, for one test file (or one test): SQLite in
 * a temp directory, or a new PostgreSQL database when `DATABASE_URL` is set (the suite runs once per
 * engine). Copies a template built once per run when there is one, so each call takes milliseconds.
 *
 *   const t = await createTestDatabase();
 *   afterAll(() => t.close());
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const seed = options.seed ?? false;
  return process.env.DATABASE_URL ? createPostgres(process.env.DATABASE_URL, seed) : createSqlite(seed);
}

async function prepare(db: Db, seed: boolean): Promise<void> {
  await migrateToLatest(db);
  await syncRegistry(db);
  if (seed) {
    // Loaded on demand so that tests without the demo do not depend on it.
    const { seedDemo } = await import('../../src/demo');
    await seedDemo(db);
  }
}

function templateName(seed: boolean) {
  return seed ? 'seeded' : 'plain';
}

// ---- SQLite ---------------------------------------------------------------------------------------

async function createSqlite(seed: boolean): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samrad-test-'));
  const run = testRun();
  let opened: OpenDatabase | null = null;
  try {
    if (run && (await buildSqliteTemplate(run, seed))) {
      copyFileSync(join(run.dir, `${templateName(seed)}.sqlite`), join(dataDir, SQLITE_FILE));
      opened = openSqlite(dataDir, SQLITE_FILE);
    } else {
      opened = openSqlite(dataDir, SQLITE_FILE);
      await prepare(opened.db, seed);
    }
  } catch (error) {
    await opened?.close().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const database = opened;
  return {
    db: database.db,
    dialect: 'sqlite',
    dataDir,
    async close() {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function buildSqliteTemplate(run: TestRun, seed: boolean): Promise<boolean> {
  return onceAcrossWorkers(run, `sqlite-${templateName(seed)}`, async () => {
    const dir = mkdtempSync(join(run.dir, 'build-'));
    const file = `${templateName(seed)}.sqlite`;
    const opened = openSqlite(dir, file);
    try {
      await prepare(opened.db, seed);
    } finally {
      // Closing checkpoints the WAL into the main file, so the one file is the whole database.
      await opened.close();
    }
    copyFileSync(join(dir, file), join(run.dir, file));
  });
}

// ---- PostgreSQL -----------------------------------------------------------------------------------

async function createPostgres(adminUrl: string, seed: boolean): Promise<TestDatabase> {
  const run = testRun();
  const name = newDatabaseName(run);
  const template = run ? `samrad_tpl_${run.runId}_${templateName(seed)}` : null;
  const fromTemplate = run && template ? await buildPostgresTemplate(run, adminUrl, template, seed) : false;
  await adminQuery(adminUrl, [fromTemplate ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`]);
  const drop = () => adminQuery(adminUrl, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
  const url = postgresUrlFor(adminUrl, name);
  let opened: OpenDatabase | null = null;
  try {
    opened = await openPostgres(url);
    if (!fromTemplate) await prepare(opened.db, seed);
  } catch (error) {
    await opened?.close().catch(() => {});
    await drop().catch(() => {});
    throw error;
  }
  const database = opened;
  return {
    db: database.db,
    dialect: 'postgres',
    databaseUrl: url,
    async close() {
      await database.close();
      await drop();
    },
  };
}

function buildPostgresTemplate(run: TestRun, adminUrl: string, template: string, seed: boolean): Promise<boolean> {
  return onceAcrossWorkers(run, `postgres-${templateName(seed)}`, async () => {
    // The seeded template starts from the plain one, so the register is loaded only once.
    const base = seed && (await buildPostgresTemplate(run, adminUrl, template.replace(/_seeded$/, '_plain'), false));
    await adminQuery(adminUrl, [
      `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`,
      base ? `CREATE DATABASE ${template} TEMPLATE ${template.replace(/_seeded$/, '_plain')}` : `CREATE DATABASE ${template}`,
    ]);
    // Every connection must be gone before the template can be copied: close() ends the pool.
    const opened = await openPostgres(postgresUrlFor(adminUrl, template));
    try {
      if (base) {
        const { seedDemo } = await import('../../src/demo');
        await seedDemo(opened.db);
      } else {
        await prepare(opened.db, seed);
      }
    } finally {
      await opened.close();
    }
  });
}
