import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, type OpenDatabase } from '../platform/db/database';
import { runNodeScript } from '../../tests/support/process';
import { createEmptyPostgresDatabase, createTestDatabase, type TestDatabase } from '../../tests/support/test-database';
import { listAuditEvents, resolveSession, signIn } from '../modules/accounts';
import { systemActor } from '../platform/authz';
import { run } from './run';

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

/**
 * The same command line run inside this process: for help and usage mistakes, which touch neither the
 * database nor standard input. A child process costs seconds of start-up each; the commands that do
 * real work below still run as one, as a user would run them.
 */
async function samradHere(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const line = (sink: string[]) => (text: string) => void sink.push(text.endsWith('\n') ? text : `${text}\n`);
  const code = await run(args, line(stdout), line(stderr));
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

const samrad = (args: string[], input?: string) => runNodeScript(CLI, args, { env, ...(input === undefined ? {} : { input }) });
const openSame = (): Promise<OpenDatabase> | OpenDatabase => (env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openSqlite(dataDir));
/** The CLI on a database made by createTestDatabase (already migrated, the register loaded). */
const samradOn = (t: TestDatabase, args: string[]) =>
  runNodeScript(CLI, args, { env: { LOG_LEVEL: 'silent', ...(t.databaseUrl ? { DATA_DIR: dataDir, DATABASE_URL: t.databaseUrl } : { DATA_DIR: t.dataDir! }) } });

describe('samrad help', () => {
  it('lists the commands with --help and -h, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await samradHere([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: samrad <command>');
      for (const command of ['migrate', 'seed', 'user create', 'import population']) expect(result.stdout).toContain(command);
      expect(result.stderr).toBe('');
    }
  });

  it('explains user create, and why the password is never an argument', async () => {
    const result = await samradHere(['user', 'create', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--email <address>');
    expect(result.stdout).toContain('--password-stdin');
    expect(result.stdout).toContain('process list');
    expect(result.stdout).toContain('history');
  });

  it('has help for migrate and seed', async () => {
    expect((await samradHere(['migrate', '--help'])).stdout).toContain('Usage: samrad migrate');
    expect((await samradHere(['seed', '-h'])).stdout).toContain('Usage: samrad seed');
  });

  it('has help for import and import population, showing the layout of the file', async () => {
    const kinds = await samradHere(['import', '--help']);
    expect(kinds.code).toBe(0);
    expect(kinds.stdout).toContain('Usage: samrad import <kind> <file>');
    expect(kinds.stdout).toContain('population');
    const population = await samradHere(['import', 'population', '--help']);
    expect(population.code).toBe(0);
    expect(population.stdout).toContain('Usage: samrad import population <file> [--source <text>]');
    expect(population.stdout).toContain('"region";"år";"07459: Befolkning"');
    expect(population.stderr).toBe('');
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
    [['user', 'create', '--email', 'a@example.test', '--name', 'A', '--role', 'secretariat', '--cooperation', '0'], '--cooperation must be a cooperation\'s slug'],
    [['import'], 'needs to know what to import, for example "samrad import population <file>"'],
    [['import', 'people', 'folk.csv'], 'unknown import "people"'],
    [['import', 'population'], 'needs the CSV file to read'],
    [['import', 'population', '--source', 'SSB'], 'needs the CSV file to read'],
    [['import', 'population', 'a.csv', 'b.csv'], 'unexpected argument b.csv'],
    [['import', 'population', 'a.csv', '--source'], '--source needs a value'],
    [['import', 'population', 'a.csv', '--year', '2018'], 'unknown option --year'],
  ])('%j → one line naming the fix, exit 2', async (args, message) => {
    const result = await samradHere(args);
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

describe('samrad import population', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.close());

  /** A file as SSB's StatBank writes it: BOM, heading line, CRLF, quoted cells, ".." for no figure. */
  const writeCsv = (name: string, lines: string[]) => {
    const file = join(dataDir, name);
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
    return file;
  };

  it('imports an SSB table 07459 file, reports what it stored and skipped, recorded as done by the CLI', async () => {
    const file = writeCsv('07459.csv', [
      '07459: Befolkning, etter region og år',
      '',
      '"region";"år";"07459: Befolkning"',
      '"0 Hele landet";"2018";5295619',
      '"0219 Bærum";"2018";1000',
      '"0219 Bærum";"2019";1010',
      '"0220 Asker";"2018";500',
      '"3024 Bærum";"2018";0',
      '"0627 Røyken";"2018";".."',
    ]);
    const result = await samradOn(t, ['import', 'population', file, '--source', 'Illustrasjon – ikke offisielle tall']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Database: /);
    expect(lines.slice(1)).toEqual([
      `Imported 3 population figures for 2018, 2019 from ${file} (source: Illustrasjon – ikke offisielle tall).`,
      'Skipped 2 rows with no figure, or with 0 for a number that was not valid that year.',
    ]);

    const rows = await t.db.selectFrom('population').select(['code', 'year', 'count', 'source']).orderBy('code').orderBy('year').execute();
    expect(rows).toEqual([
      { code: '0219', year: 2018, count: 1000, source: 'Illustrasjon – ikke offisielle tall' },
      { code: '0219', year: 2019, count: 1010, source: 'Illustrasjon – ikke offisielle tall' },
      { code: '0220', year: 2018, count: 500, source: 'Illustrasjon – ikke offisielle tall' },
    ]);
    const trail = await listAuditEvents(t.db, systemActor('cli'), {});
    expect(trail.rows.map((row) => [row.action, row.actorLabel])).toEqual([['population.import', 'cli']]);
  });

  it('replaces figures for the same number and year, with SSB as the source unless told otherwise', async () => {
    const file = writeCsv('07459-rettet.csv', ['"region";"år";"07459: Befolkning"', '"0220 Asker";"2018";550']);
    const result = await samradOn(t, ['import', 'population', file]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`Imported 1 population figure for 2018 from ${file} (source: SSB, tabell 07459).`);
    const asker = await t.db.selectFrom('population').select(['count', 'source']).where('code', '=', '0220').where('year', '=', 2018).executeTakeFirst();
    expect(asker).toEqual({ count: 550, source: 'SSB, tabell 07459' });
  });

  it('names the file and each bad line on its own line, exit 1, and stores nothing', async () => {
    const file = writeCsv('feil.csv', ['"region";"år";"07459: Befolkning"', '"0219 Bærum";"2020";12x', '"0219 Bærum";"20x0";1', '"0220 Asker";"2020";600']);
    const result = await samradOn(t, ['import', 'population', file]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `samrad: ${file} line 2: the population "12x" is not a whole number`,
      `samrad: ${file} line 3: the year "20x0" is not a year of four digits`,
    ]);
    expect(result.stdout).not.toContain('Imported');
    expect(await t.db.selectFrom('population').select('code').where('year', '=', 2020).execute()).toEqual([]);

    const notCsv = writeCsv('ikke-csv.csv', ['a;b', '1;2']);
    const header = await samradOn(t, ['import', 'population', notCsv]);
    expect(header.code).toBe(1);
    expect(header.stderr.trim().split('\n')).toEqual([expect.stringMatching(/has no header line .*"CSV \(semikolonseparert\) med overskrift"$/)]);
    expect(header.stderr.startsWith(`samrad: ${notCsv} has no header line`)).toBe(true);
  });

  it('says plainly that a file is not there, exit 1, with no stack trace', async () => {
    const missing = join(dataDir, 'finnes-ikke.csv');
    const result = await samradOn(t, ['import', 'population', missing]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`samrad: there is no file ${missing}: check its name, and the directory samrad runs in.`);
    expect(result.stdout).toBe('');
  });
});

describe('samrad user create --cooperation', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
  });
  afterAll(() => t?.close());

  const grantsOf = (email: string) =>
    t.db
      .selectFrom('user_roles')
      .innerJoin('users', 'users.id', 'user_roles.user_id')
      .select(['user_roles.role', 'user_roles.cooperation_id'])
      .where('users.email', '=', email)
      .execute();

  it('takes a cooperation by its slug, and still by its id', async () => {
    const vestregionen = await t.db.selectFrom('cooperations').select('id').where('slug', '=', 'vestregionen').executeTakeFirstOrThrow();
    const bySlug = await samradOn(t, ['user', 'create', '--email', 'sekretariat@example.test', '--name', 'Sekretariatet', '--role', 'secretariat', '--cooperation', 'vestregionen']);
    expect(bySlug.stderr).toBe('');
    expect(bySlug.code).toBe(0);
    expect(bySlug.stdout).toContain(`Granted the role secretariat (cooperation ${vestregionen.id} (vestregionen)).`);
    expect(await grantsOf('sekretariat@example.test')).toEqual([{ role: 'secretariat', cooperation_id: vestregionen.id }]);

    const byId = await samradOn(t, ['user', 'create', '--email', 'redaktor@example.test', '--name', 'Redaktør', '--role', 'editor', '--cooperation', String(vestregionen.id)]);
    expect(byId.stderr).toBe('');
    expect(byId.stdout).toContain(`Granted the role editor (cooperation ${vestregionen.id}).`);
    expect(await grantsOf('redaktor@example.test')).toEqual([{ role: 'editor', cooperation_id: vestregionen.id }]);
  });

  it('refuses an unknown slug naming --cooperation and the known slugs, exit 1, creating no user', async () => {
    const result = await samradOn(t, ['user', 'create', '--email', 'feil@example.test', '--name', 'Feil', '--role', 'secretariat', '--cooperation', 'vestregion']);
    expect(result.code).toBe(1);
    const known = (await t.db.selectFrom('cooperations').select('slug').execute()).map((c) => c.slug).sort();
    expect(known).toContain('vestregionen');
    expect(result.stderr.trim()).toBe(`samrad: --cooperation "vestregion" is not the slug of a cooperation; the known slugs are: ${known.join(', ')}`);
    expect(result.stdout).toBe('');
    expect(await t.db.selectFrom('users').select('id').where('email', '=', 'feil@example.test').executeTakeFirst()).toBeUndefined();
  });
});
