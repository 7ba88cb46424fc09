import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, type OpenDatabase } from '../platform/db/database';
import { runNodeScript } from '../../tests/support/process';
import { createEmptyPostgresDatabase } from '../../tests/support/test-database';
import { listAuditEvents, resolveSession, signIn } from '../modules/accounts';
import { systemActor } from '../platform/authz';

const CLI = 'src/cli/index.ts';

/** A data directory (and, when DATABASE_URL is set, an empty PostgreSQL database) for the child processes. */
let dataDir: string;
let env: Record<string, string>;
let dropPostgres: (() => Promise<void>) | null = null;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'samrad-cli-'));
  env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  if (process.env.DATABASE_URL) {
    const database = await createEmptyPostgresDatabase();
    env.DATABASE_URL = database.url;
    dropPostgres = database.drop;
  }
});
afterAll(async () => {
  await dropPostgres?.();
  rmSync(dataDir, { recursive: true, force: true });
});

const samrad = (args: string[], input?: string) => runNodeScript(CLI, args, { env, ...(input === undefined ? {} : { input }) });
const openSame = (): Promise<OpenDatabase> | OpenDatabase => (env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openSqlite(dataDir));

describe('samrad help', () => {
  it('lists the commands with --help and -h, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await samrad([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: samrad <command>');
      for (const command of ['migrate', 'seed', 'user create']) expect(result.stdout).toContain(command);
      expect(result.stderr).toBe('');
    }
  });

  it('explains user create, and why the password is never an argument', async () => {
    const result = await samrad(['user', 'create', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--email <address>');
    expect(result.stdout).toContain('--password-stdin');
    expect(result.stdout).toContain('process list');
    expect(result.stdout).toContain('history');
  });

  it('has help for migrate and seed', async () => {
    expect((await samrad(['migrate', '--help'])).stdout).toContain('Usage: samrad migrate');
    expect((await samrad(['seed', '-h'])).stdout).toContain('Usage: samrad seed');
  });
});

describe('samrad usage mistakes', () => {
  it.each([
    [[], 'no command given'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['user', 'delete'], 'unknown command "user delete"'],
    [['migrate', '--fast'], 'unknown option --fast'],
    [['user', 'create', '--email'], '--email needs a value'],
    [['user', 'create', '--name', 'Uten adresse'], 'needs --email'],
    [['user', 'create', '--email', 'a@example.test', '--name', 'A', '--role', 'king'], '--role must be one of'],
    [['user', 'create', '--email', 'a@example.test', '--name', 'A', '--password', 'hunter2hunter2'], 'never taken as an argument'],
  ])('%j → one line naming the fix, exit 2', async (args, message) => {
    const result = await samrad(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--help|--password-stdin|one of/);
    expect(result.stdout).toBe('');
  });
});

describe('samrad migrate and user create', () => {
  it('migrates and reports what ran, then that nothing is left to run', async () => {
    const first = await samrad(['migrate']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('ran migration 0004_accounts_and_audit');
    const second = await samrad(['migrate']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('up to date');
  });

  it('creates a user from a piped password who can then sign in, recorded as done by the CLI', async () => {
    const password = 'Generalforsamling 14. juni';
    const result = await samrad(['user', 'create', '--email', 'Sekretariat@Example.test', '--name', 'Sekretariatet', '--role', 'administrator', '--password-stdin'], `${password}\n`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('sekretariat@example.test');
    expect(result.stdout).toContain('Granted the role administrator');
    expect(result.stdout).not.toContain(password);

    const database = await openSame();
    try {
      const signedIn = await signIn(database.db, { email: 'sekretariat@example.test', password, ip: '127.0.0.1' }, { sessionDays: 1 });
      const session = await resolveSession(database.db, signedIn.token);
      expect(session?.actor).toMatchObject({ kind: 'user', name: 'Sekretariatet', grants: [{ role: 'administrator' }] });
      const trail = await listAuditEvents(database.db, systemActor('cli'), {});
      expect(trail.rows.map((row) => [row.action, row.actorLabel])).toEqual([
        ['user.grant_role', 'cli'],
        ['user.create', 'cli'],
      ]);
    } finally {
      await database.close();
    }
  });

  it('generates and prints a strong password when none is piped in', async () => {
    const result = await samrad(['user', 'create', '--email', 'generert@example.test', '--name', 'Generert']);
    expect(result.code).toBe(0);
    const password = result.stdout.trim().split('\n').at(-1)!;
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const database = await openSame();
    try {
      await expect(signIn(database.db, { email: 'generert@example.test', password, ip: '127.0.0.1' }, { sessionDays: 1 })).resolves.toBeTruthy();
    } finally {
      await database.close();
    }
  });

  it('prints each field error on its own line and exits 1, with no stack trace', async () => {
    const result = await samrad(['user', 'create', '--email', 'ikke en adresse', '--name', 'X', '--password-stdin'], 'kort\n');
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^samrad: --email must be an e-mail address/), expect.stringMatching(/^samrad: password must be at least 12 characters/)]);
    expect(result.stderr).not.toMatch(/\bat \S+:\d+/);
  });

  it('refuses a taken address and a clerk without a municipality, creating nothing', async () => {
    const taken = await samrad(['user', 'create', '--email', 'generert@example.test', '--name', 'Igjen']);
    expect(taken.code).toBe(1);
    expect(taken.stderr.trim()).toBe('samrad: --email is already used by another account');

    const clerk = await samrad(['user', 'create', '--email', 'clerk@example.test', '--name', 'Clerk', '--role', 'municipal_clerk']);
    expect(clerk.code).toBe(1);
    expect(clerk.stderr).toContain('--municipality is required for a municipal clerk');
    const database = await openSame();
    try {
      expect(await database.db.selectFrom('users').select('id').where('email', '=', 'clerk@example.test').executeTakeFirst()).toBeUndefined();
    } finally {
      await database.close();
    }
  });

  it('gives a clerk the municipality named by its number', async () => {
    const result = await samrad(['user', 'create', '--email', 'asker@example.test', '--name', 'Asker', '--role', 'municipal_clerk', '--municipality', '0220']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('municipal_clerk (municipality 0220)');
  });

  it('names a bad setting in one line, exit 1', async () => {
    const result = await runNodeScript(CLI, ['migrate'], { env: { ...env, DATABASE_URL: 'mysql://nowhere' } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^samrad: DATABASE_URL is not valid: .*Fix DATABASE_URL/);
  });
});
