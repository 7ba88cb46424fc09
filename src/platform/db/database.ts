import { mkdirSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import { StartupError } from '../errors';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Db;
  dialect: Dialect;
  /** A human-readable place, for logs: the file path or host/database (never the password). */
  location: string;
  close(): Promise<void>;
}

export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<OpenDatabase> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.dataDir);
}

export function openSqlite(dataDir: string, fileName = 'samrad.sqlite'): OpenDatabase {
  const file = join(dataDir, fileName);
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new StartupError(
      `DATA_DIR ${dataDir} cannot be written to (${(error as NodeJS.ErrnoException).code ?? 'error'}). ` +
        'Set DATA_DIR to a directory this user can write, or fix its permissions.',
    );
  }
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file);
  } catch (error) {
    throw new StartupError(`Cannot open the SQLite database ${file}: ${(error as Error).message}. Check DATA_DIR.`);
  }
  // WAL lets readers work while one writer commits; synchronous=FULL syncs every commit, so a crash
  // of the process or of the machine never loses a write that was reported as done.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every statement anew on each query; a page runs the same few dozen
 * statements on every request, and preparing them was a fifth of an uncached page's time. Prepared
 * statements are reused by their SQL text (better-sqlite3 re-prepares them itself after a schema
 * change). Nothing here streams, so a statement is never in use twice at the same time.
 *
 * Transactions begin IMMEDIATE: a deferred one that reads first and then writes cannot wait for
 * another process's writer (SQLite answers "database is locked" at once), while an immediate one
 * takes the write lock up front and waits `busy_timeout` for it, so the CLI and a running server can
 * write to the same file.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const prepared = new Map<string, SQLite.Statement>();
  return {
    prepare(source: string) {
      const sql = source === 'begin' ? 'begin immediate' : source;
      let statement = prepared.get(sql);
      if (!statement) {
        if (prepared.size >= STATEMENT_CACHE_SIZE) prepared.clear();
        statement = sqlite.prepare(sql);
        prepared.set(sql, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  };
}

const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082, TIMESTAMP: 1114, TIMESTAMPTZ: 1184 } as const;

/** Read values back in the same shapes SQLite gives, so code above the database does not care which it is. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case OID.INT8:
      case OID.NUMERIC:
        return (value: string) => Number(value);
      case OID.DATE:
        return (value: string) => value;
      case OID.TIMESTAMP:
      case OID.TIMESTAMPTZ:
        return (value: string) => new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
      default:
        return pg.types.getTypeParser(oid, format);
    }
  },
};

export async function openPostgres(url: string): Promise<OpenDatabase> {
  const parsed = safeUrl(url);
  const location = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes, options: '-c TimeZone=UTC' });
  // Errors on idle clients must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StartupError(describePostgresFault(error as NodeJS.ErrnoException & { code?: string }, location));
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location, close: () => db.destroy() };
}

function safeUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new StartupError('DATABASE_URL is not a valid URL. Use postgres://user:password@host:5432/database.');
  }
}

function describePostgresFault(error: { code?: string; message: string }, location: string): string {
  const fix = 'Check DATABASE_URL (postgres://user:password@host:port/database) or start PostgreSQL.';
  switch (error.code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${location}: connection refused. ${fix}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot find the PostgreSQL host in DATABASE_URL (${location}). ${fix}`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${location} refused the user or password in DATABASE_URL. ${fix}`;
    case '3D000':
      return `The database in DATABASE_URL does not exist on ${location}. Create it (createdb) or fix DATABASE_URL.`;
    default:
      return `Cannot connect to PostgreSQL at ${location}: ${error.message}. ${fix}`;
  }
}
