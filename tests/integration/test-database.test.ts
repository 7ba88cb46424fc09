import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// The helper every module test stands on: each call gives a database of its own, migrated, with the
// register loaded, on the engine DATABASE_URL selects; close() makes it disappear.
describe('createTestDatabase', () => {
  const opened: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((t) => t.close().catch(() => {})));
  });

  it('gives a migrated database with the register, on the engine DATABASE_URL selects', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    expect(t.dialect).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
    const { count } = await t.db.selectFrom('authorities').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(count).toBeGreaterThan(300);
    const asker = await t.db.selectFrom('authorities').select('code').where('code', '=', '0220').executeTakeFirst();
    expect(asker?.code).toBe('0220');
  });

  it('gives each call its own database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    opened.push(a!, b!);
    await a!.db
      .insertInto('audit_events')
      .values({ occurred_at: new Date().toISOString(), actor_user_id: null, actor_label: 'test', action: 'x', entity_type: 'y', entity_id: '1', before: null, after: null })
      .execute();
    const count = async (t: TestDatabase) =>
      (await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    expect(await count(a!)).toBe(1);
    expect(await count(b!)).toBe(0);
  });

  it('removes the database on close', async () => {
    const t = await createTestDatabase();
    await t.close();
    if (t.dataDir) expect(existsSync(t.dataDir)).toBe(false);
    if (t.databaseUrl) {
      const name = new URL(t.databaseUrl).pathname.slice(1);
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
      await client.end();
      expect(rowCount).toBe(0);
    }
  });
});
