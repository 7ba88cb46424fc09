import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database';
import { createEmptyPostgresDatabase } from '../support/postgres';
import { exited, spawnNodeScript } from '../support/process';
import { startServer, type RunningServer } from '../support/server';

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

  // Only the PostgreSQL run of the suite (DATABASE_URL set, see scripts/test-all.sh) has a server for this.
  if (process.env.DATABASE_URL) {
    it('loses nothing committed on PostgreSQL, and the database opens cleanly afterwards', async () => {
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
  }
}, 120_000);

// ---- the real server, killed in the middle of a burst of HTTP writes ------------------------------

/** At most this many sign-in posts in one burst, this many at a time; the kill comes after ANSWERS_BEFORE_KILL answers. */
const MAX_REQUESTS = 400;
const CONCURRENCY = 8;
const ANSWERS_BEFORE_KILL = 60;
/**
 * What `POST /logg-inn` answers for an attempt it has recorded: a wrong password (422), or a refusal by
 * the throttle (429), which records the refused attempt too. Both insert the row before answering.
 */
const RECORDED_STATUSES = [422, 429];

interface BurstOutcome {
  /** Addresses whose post got a complete answer (status and body), with the status. */
  acknowledged: Map<string, number>;
  /** Every address a post was started for. */
  sent: string[];
  /** Failures before the kill: there should be none. */
  earlyFailures: string[];
}

/** Gets the double-submit CSRF pair from the sign-in page: the `samrad_csrf` cookie and the form's `_csrf` field. */
async function csrfPair(url: string): Promise<{ cookie: string; field: string }> {
  const response = await fetch(`${url}/logg-inn`);
  const html = await response.text();
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .find((pair) => pair.startsWith('samrad_csrf='));
  const field = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!cookie || !field) throw new Error(`No CSRF cookie or field on /logg-inn (cookie ${cookie ?? 'missing'})`);
  return { cookie, field };
}

/**
 * Posts wrong passwords for distinct addresses to the server, CONCURRENCY at a time, and SIGKILLs the
 * server's node process once ANSWERS_BEFORE_KILL answers have come back. Each address is used once,
 * so each acknowledged post stands for exactly one row in sign_in_attempts.
 */
async function signInBurstThenKill(server: RunningServer, tag: string): Promise<BurstOutcome> {
  const { cookie, field } = await csrfPair(server.url);
  const child = server.process;
  const died = exited(child);
  const acknowledged = new Map<string, number>();
  const sent: string[] = [];
  const earlyFailures: string[] = [];
  let killed = false;
  let next = 0;

  const kill = () => {
    if (killed) return;
    killed = true;
    // server.process is `node --import tsx src/main.ts` itself (no npm or tsx wrapper in between).
    process.kill(child.pid!, 'SIGKILL');
  };

  async function worker() {
    while (!killed && next < MAX_REQUESTS) {
      const email = `crash-${tag}-${next++}@example.test`;
      sent.push(email);
      try {
        const response = await fetch(`${server.url}/logg-inn`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            cookie,
            origin: server.url,
          },
          body: new URLSearchParams({ _csrf: field, email, password: 'not-the-password-of-anyone' }),
          redirect: 'manual',
        });
        await response.arrayBuffer(); // complete answer: status and the whole body
        acknowledged.set(email, response.status);
        if (acknowledged.size >= ANSWERS_BEFORE_KILL) kill();
      } catch (error) {
        if (!killed) earlyFailures.push(`${email}: ${String((error as Error).cause ?? error)}`);
      }
    }
  }

  // Should the server never get that far, the burst still ends (the count is checked afterwards).
  const timer = setTimeout(kill, 90_000);
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    kill();
    clearTimeout(timer);
    await died;
  }
  expect(child.signalCode).toBe('SIGKILL');
  return { acknowledged, sent, earlyFailures };
}

async function storedAttempts(env: { dataDir: string; databaseUrl: string | undefined }, tag: string): Promise<Map<string, number>> {
  const database = await openDatabase(env);
  try {
    const rows = await database.db.selectFrom('sign_in_attempts').select(['email', 'succeeded']).where('email', 'like', `crash-${tag}-%`).execute();
    const counts = new Map<string, number>();
    for (const row of rows) {
      expect(row.succeeded).toBe(0);
      counts.set(row.email, (counts.get(row.email) ?? 0) + 1);
    }
    return counts;
  } finally {
    await database.close();
  }
}

function expectEveryAcknowledgedAttemptStored(outcome: BurstOutcome, stored: Map<string, number>, label: string) {
  const { acknowledged, sent, earlyFailures } = outcome;
  expect(earlyFailures, 'posts that failed before the kill').toEqual([]);
  expect(acknowledged.size).toBeGreaterThanOrEqual(ANSWERS_BEFORE_KILL);
  const statuses = new Map<number, number>();
  for (const status of acknowledged.values()) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  expect([...statuses.keys()].filter((status) => !RECORDED_STATUSES.includes(status)), 'unexpected statuses').toEqual([]);

  const lost = [...acknowledged.keys()].filter((email) => !stored.has(email));
  expect(lost, 'attempts answered but not stored').toEqual([]);
  const twice = [...stored.entries()].filter(([, count]) => count !== 1);
  expect(twice, 'addresses stored more than once').toEqual([]);
  const strangers = [...stored.keys()].filter((email) => !sent.includes(email));
  expect(strangers, 'rows for addresses never sent').toEqual([]);
  // Only posts in flight at the kill may be stored without an answer.
  expect(stored.size - acknowledged.size).toBeLessThanOrEqual(CONCURRENCY);

  console.info(
    `[crash-durability ${label}] sent ${sent.length}, acknowledged ${acknowledged.size} ` +
      `(${[...statuses].map(([status, count]) => `${count}×${status}`).join(', ')}), rows found ${stored.size}, ` +
      `stored without an answer ${stored.size - acknowledged.size}`,
  );
}

describe('the real server killed with SIGKILL in the middle of HTTP writes', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const clean of cleanups.reverse()) await clean();
  });

  it('loses no answered write on SQLite, and the database and server start cleanly afterwards', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samrad-crash-http-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const tag = 'sqlite';

    const first = await startServer({ dataDir, seed: false });
    cleanups.push(() => first.stop());
    const outcome = await signInBurstThenKill(first, tag);

    const sqlite = new SQLite(join(dataDir, 'samrad.sqlite'));
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }
    expectEveryAcknowledgedAttemptStored(outcome, await storedAttempts({ dataDir, databaseUrl: undefined }, tag), 'sqlite');

    const again = await startServer({ dataDir, seed: false });
    cleanups.push(() => again.stop());
    const response = await fetch(`${again.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite' });
  });

  // Only the PostgreSQL run of the suite (DATABASE_URL set, see scripts/test-all.sh) has a server for this.
  if (process.env.DATABASE_URL) {
    it('loses no answered write on PostgreSQL, and the server starts cleanly afterwards', async () => {
      const database = await createEmptyPostgresDatabase();
      cleanups.push(() => database.drop());
      const dataDir = mkdtempSync(join(tmpdir(), 'samrad-crash-http-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      const tag = 'postgres';

      const first = await startServer({ databaseUrl: database.url, dataDir, seed: false });
      cleanups.push(() => first.stop());
      const outcome = await signInBurstThenKill(first, tag);
      expectEveryAcknowledgedAttemptStored(outcome, await storedAttempts({ dataDir, databaseUrl: database.url }, tag), 'postgres');

      const again = await startServer({ databaseUrl: database.url, dataDir, seed: false });
      cleanups.push(() => again.stop());
      const response = await fetch(`${again.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', database: 'postgres' });
    });
  }
}, 180_000);
