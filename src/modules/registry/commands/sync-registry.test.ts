import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database';
import { loadRegistryData } from '../registry-data';
import { syncRegistry } from './sync-registry';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase(); // already synced once, as at start-up
});
afterAll(() => t?.close());

const count = async (table: 'authorities' | 'authority_names' | 'authority_changes') =>
  (await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('syncRegistry', () => {
  it('holds exactly the shipped register', async () => {
    const shipped = loadRegistryData();
    expect(await count('authorities')).toBe(shipped.authorities.length);
    expect(await count('authority_names')).toBe(shipped.names.length);
    expect(await count('authority_changes')).toBe(shipped.changes.length);
  });

  it('changes nothing when run again, and is quick about it', async () => {
    const ids = await t.db.selectFrom('authority_names').select('id').orderBy('id').execute();
    const started = performance.now();
    const result = await syncRegistry(t.db);
    const elapsed = performance.now() - started;
    const shipped = loadRegistryData();
    expect(result).toEqual({
      authorities: shipped.authorities.length,
      names: shipped.names.length,
      changes: shipped.changes.length,
      changed: false,
    });
    // Nothing was replaced: the name periods keep their ids.
    expect(await t.db.selectFrom('authority_names').select('id').orderBy('id').execute()).toEqual(ids);
    expect(elapsed).toBeLessThan(1000);
  });

  it('repairs an edited register and then rests', async () => {
    await t.db.updateTable('authorities').set({ name: 'Bærum X', valid_to: null }).where('code', '=', '0219').execute();
    await t.db.deleteFrom('authority_changes').where('from_code', '=', '0627').execute();
    await t.db.updateTable('authority_names').set({ name: 'Ikke Re' }).where('code', '=', '0716').where('name', '=', 'Re').execute();

    expect((await syncRegistry(t.db)).changed).toBe(true);
    const baerum = await t.db.selectFrom('authorities').selectAll().where('code', '=', '0219').executeTakeFirstOrThrow();
    expect(baerum).toMatchObject({ name: 'Bærum', valid_to: '2019-12-31' });
    const royken = await t.db.selectFrom('authority_changes').select(['to_code', 'effective_on']).where('from_code', '=', '0627').execute();
    expect(royken).toEqual([{ to_code: '3025', effective_on: '2020-01-01' }]);
    const re = await t.db.selectFrom('authority_names').select(['name', 'valid_from']).where('code', '=', '0716').execute();
    expect(re.map((r) => [r.name, r.valid_from]).sort()).toEqual([
      ['Re', '2002-01-01'],
      ['Våle', null],
    ]);

    expect((await syncRegistry(t.db)).changed).toBe(false);
  });

  it('loads an empty register from scratch', async () => {
    await t.db.deleteFrom('authority_changes').execute();
    await t.db.deleteFrom('authority_names').execute();
    await t.db.deleteFrom('authorities').execute();
    const result = await syncRegistry(t.db);
    expect(result.changed).toBe(true);
    expect(await count('authorities')).toBe(result.authorities);
    expect(await count('authority_names')).toBe(result.names);
    expect(await count('authority_changes')).toBe(result.changes);
    expect((await syncRegistry(t.db)).changed).toBe(false);
  });
});
