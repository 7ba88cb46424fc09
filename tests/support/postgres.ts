import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testRun, type TestRun } from './templates';

/** `DATABASE_URL` with another database name. */
export function postgresUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs statements on the database named in `DATABASE_URL` (CREATE/DROP DATABASE need no other). */
export async function adminQuery(adminUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

export function newDatabaseName(run: TestRun | null): string {
  return `samrad_t_${run?.runId ?? `p${process.pid}`}_${randomBytes(5).toString('hex')}`;
}

/** An empty PostgreSQL database (for a server or CLI to migrate itself); drop it with `drop()`. */
export async function createEmptyPostgresDatabase(adminUrl = process.env.DATABASE_URL): Promise<{ url: string; drop(): Promise<void> }> {
  if (!adminUrl) throw new Error('createEmptyPostgresDatabase needs DATABASE_URL (an account that may CREATE DATABASE).');
  const name = newDatabaseName(testRun());
  await adminQuery(adminUrl, [`CREATE DATABASE ${name}`]);
  return {
    url: postgresUrlFor(adminUrl, name),
    drop: () => adminQuery(adminUrl, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]),
  };
}
