import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database';
import { createEmptyPostgresDatabase } from '../support/postgres';
import { spawnNodeScript } from '../support/process';
import { startServer } from '../support/server';

const ENOUGH_COMMITS = 200;

/**
 * Runs tests/support/write-burst.ts against the database, lets it report at least ENOUGH_COMMITS
 * committed transactions, kills it with SIGKILL in the middle of the next ones, and returns the
 * numbers it reported as committed.
 */
async function burstThenKill(env: Record<string, string>): Promise<number[]> {
  const child = spawnNodeScript('tests/support/write-burst.ts', [], env);
  // 'close' comes after the last byte of output was read: what the child wrote before it died counts.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.stdin!.end();
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const enough = new Promise<void>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      // Count complete lines only: a number without its newline may still be on its way.
      if (out.split('\n').length - 2 >= ENOUGH_COMMITS) resolve();
    });
    child.once('exit', (code, signal) => reject(new Error(`write-burst exited early (code ${code}, ${signal}):\n${err}`)));
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  try {
    await enough;
  } finally {
    child.kill('SIGKILL');
    clearTimeout(timer);
    await closed;
  }
  expect(child.signalCode).toBe('SIGKILL');
  const lines = out.split('\n');
  lines.pop(); // the part after the last newline is not a complete report
  return lines.filter((line) => /^\d+$/.test(line)).map(Number);
}

async function storedBurstRows(env: { dataDir: string; databaseUrl: string | undefined }) {
  const database = await openDatabase(env);
  try {
    const rows = await database.db.selectFrom('audit_events').select(['entity_id', 'action']).where('entity_type', '=', 'burst').execute();
    const byNumber = new Map<number, string[]>();
    for (const row of rows) {
      const n = Number(row.entity_id);
      byNumber.set(n, [...(byNumber.get(n) ?? []), row.action]);
    }
    return byNumber;
  } finally {
    await database.close();
  }
}

function expectEveryReportedCommitStored(reported: number[], stored: Map<number, string[]>) {
  expect(reported.length).toBeGreaterThanOrEqual(ENOUGH_COMMITS);
  const lost = reported.filter((n) => !stored.has(n));
  expect(lost, 'transactions reported as committed but not stored').toEqual([]);
  // Both rows of a transaction, or neither: nothing half-written.
  const halves = [...stored.entries()].filter(([, actions]) => actions.length !== 2);
  expect(halves, 'transactions stored only in part').toEqual([]);
  // At most the one transaction that was in flight may be stored without having been reported.
  expect(stored.size - reported.length).toBeLessThanOrEqual(1);
}

describe('a crash in the middle of writes', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const clean of cleanups.reverse()) await clean();
  });

  it('loses nothing committed on SQLite, and the database opens cleanly afterwards', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samrad-crash-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

    const reported = await burstThenKill({ DATA_DIR: dataDir });

    const sqlite = new SQLite(join(dataDir, 'samrad.sqlite'));
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }
    expectEveryReportedCommitStored(reported, await storedBurstRows({ dataDir, databaseUrl: undefined }));

    // The real server migrates, syncs the register and serves on the same data.
    const server = await startServer({ dataDir, seed: false });
    cleanups.push(() => server.stop());
    const health = await fetch(`${server.url}/healthz`).then((r) => r.json());
    expect(health).toEqual({ status: 'ok', database: 'sqlite' });
  });

  it.runIf(process.env.DATABASE_URL)('loses nothing committed on PostgreSQL, and the database opens cleanly afterwards', async () => {
    const database = await createEmptyPostgresDatabase();
    cleanups.push(() => database.drop());
    const dataDir = mkdtempSync(join(tmpdir(), 'samrad-crash-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

    const reported = await burstThenKill({ DATABASE_URL: database.url });
    expectEveryReportedCommitStored(reported, await storedBurstRows({ dataDir, databaseUrl: database.url }));

    const server = await startServer({ databaseUrl: database.url, dataDir, seed: false });
    cleanups.push(() => server.stop());
    const health = await fetch(`${server.url}/healthz`).then((r) => r.json());
    expect(health).toEqual({ status: 'ok', database: 'postgres' });
  });
}, 120_000);
