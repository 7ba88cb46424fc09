import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Transaction } from 'kysely';
import { openPostgres } from '../../src/platform/db/database';
import type { Database } from '../../src/platform/db/schema';
import { searchIndexFor, type IndexEntry } from '../../src/platform/search';
import type { Options } from './options';

/**
 * Where the dataset goes: a SQLite file or a PostgreSQL database, and the bulk writer both share.
 * Rows go in as multi-row INSERTs inside one transaction per stage: the data is synthetic and
 * generated in one pass, so the commands' per-row checks and audit entries would only multiply the
 * time by a hundred; the invariants they keep (case numbers per body and year, search entries per
 * document) are kept here by the same columns, and the search index is written by the search
 * module's own `putMany`, so it holds exactly what the application would have written.
 */
export interface Target {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /** For messages: the file, or host:port/database. */
  location: string;
  /** Runs one stage in one transaction with a writer bound to it. */
  stage<T>(work: (w: Writer) => Promise<T>): Promise<T>;
  /** Statistics, sequences and the durable settings again; then closes. */
  finish(): Promise<void>;
  close(): Promise<void>;
}

export interface Writer {
  trx: Transaction<Database>;
  /** Inserts rows (arrays in `columns` order) in batches. */
  insert(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void>;
  /** Indexes documents for search, in batches. */
  index(entries: IndexEntry[]): Promise<void>;
  /** The next free id of a table (explicit ids keep reruns and resumes identical). */
  nextId(table: string): Promise<number>;
}

/** Bound parameters per statement: under SQLite's 32 766 and PostgreSQL's 65 535. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 1_000;

export async function openTarget(options: Options): Promise<Target> {
  return options.databaseUrl ? openPostgresTarget(options.databaseUrl) : openSqliteTarget(options.out);
}

/**
 * What the target holds already, without changing it: null when empty, else a description for the
 * refusal. A SQLite file is only read (read-only connection); PostgreSQL is asked for its tables.
 */
export async function existingContent(options: Options): Promise<string | null> {
  if (options.databaseUrl) {
    const { db, location, close } = await openPostgres(options.databaseUrl);
    try {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = current_schema()`.execute(db);
      return rows[0]!.n === 0 ? null : `The PostgreSQL database ${location} is not empty (${rows[0]!.n} tables)`;
    } finally {
      await close();
    }
  }
  if (!existsSync(options.out) || statSync(options.out).size === 0) return null;
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(options.out, { readonly: true, fileMustExist: true });
  } catch (error) {
    return `The file ${options.out} exists and is not a database SQLite can read (${(error as Error).message})`;
  }
  try {
    const row = sqlite.prepare(`select count(*) as n from sqlite_master where type = 'table'`).get() as { n: number };
    return row.n === 0 ? null : `The SQLite file ${options.out} is not empty (${row.n} tables)`;
  } catch (error) {
    return `The file ${options.out} exists and is not a database SQLite can read (${(error as Error).message})`;
  } finally {
    sqlite.close();
  }
}

function openSqliteTarget(file: string): Target {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // Only while generating: no fsync per commit (a crash means running again, with --resume), a big
  // page cache, and temporary b-trees in memory. finish() puts the durable settings back.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const statements = new Map<string, SQLite.Statement>();
  const prepared = (table: string, columns: readonly string[], count: number) => {
    const key = `${table}|${columns.join(',')}|${count}`;
    let statement = statements.get(key);
    if (!statement) {
      const row = `(${columns.map(() => '?').join(',')})`;
      statement = sqlite.prepare(`insert into ${table} (${columns.join(',')}) values ${Array(count).fill(row).join(',')}`);
      statements.set(key, statement);
    }
    return statement;
  };
  return {
    db,
    dialect: 'sqlite',
    location: file,
    stage: (work) =>
      db.transaction().execute((trx) =>
        work(
          writer(trx, async (table, columns, rows) => {
            // The same connection as the transaction: better-sqlite3 runs these inside it, synchronously.
            prepared(table, columns, rows.length).run(...rows.flat());
          }),
        ),
      ),
    async finish() {
      sqlite.exec('analyze');
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.pragma('synchronous = FULL');
      await db.destroy();
    },
    close: () => db.destroy(),
  };
}

async function openPostgresTarget(url: string): Promise<Target> {
  const { db, location, close } = await openPostgres(url);
  return {
    db,
    dialect: 'postgres',
    location,
    stage: (work) =>
      db.transaction().execute(async (trx) => {
        // Synthetic data, regenerated on failure: this transaction need not wait for the disk.
        await sql`set local synchronous_commit = off`.execute(trx);
        return work(
          writer(trx, async (table, columns, rows) => {
            const values = rows.map((row) => sql`(${sql.join(row.map((v) => sql`${v}`))})`);
            await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(values)}`.execute(trx);
          }),
        );
      }),
    async finish() {
      // Rows were written with explicit ids: move each identity on, so the application's next insert
      // does not collide with them.
      const { rows } = await sql<{ table_name: string }>`
        select table_name from information_schema.columns
        where table_schema = current_schema() and column_name = 'id' and is_identity = 'YES'`.execute(db);
      for (const { table_name } of rows) {
        await sql`select setval(pg_get_serial_sequence(${table_name}, 'id'), coalesce((select max(id) from ${sql.table(table_name)}), 0) + 1, false)`.execute(db);
      }
      await sql`analyze`.execute(db);
      await close();
    },
    close,
  };
}

function writer(trx: Transaction<Database>, insertBatch: (table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]) => Promise<void>): Writer {
  const index = searchIndexFor(trx);
  return {
    trx,
    async insert(table, columns, rows) {
      const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
      for (let i = 0; i < rows.length; i += size) await insertBatch(table, columns, rows.slice(i, i + size));
    },
    index: (entries) => index.putMany(entries),
    async nextId(table) {
      const row = await sql<{ n: number | null }>`select max(id) as n from ${sql.table(table)}`.execute(trx);
      return Number(row.rows[0]?.n ?? 0) + 1;
    },
  };
}
