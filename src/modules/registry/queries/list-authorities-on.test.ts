import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database';
import { norwegianCollator } from '../../../platform/i18n';
import { listAuthoritiesOn } from './list-authorities-on';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const municipalitiesOn = (at: string) => listAuthoritiesOn(t.db, { at, kind: 'municipality' });

describe('listAuthoritiesOn', () => {
  it.each([
    ['2018-01-01', 422],
    ['2019-12-31', 422],
    ['2020-01-01', 356],
    ['2023-12-31', 356],
    ['2024-01-01', 357],
  ])('counts the municipalities valid on %s', async (at, expected) => {
    expect(await municipalitiesOn(at)).toHaveLength(expected);
  });

  it('counts the counties valid on a date', async () => {
    const codes = async (at: string) => (await listAuthoritiesOn(t.db, { at, kind: 'county' })).map((c) => c.code).sort();
    expect(await codes('2018-01-01')).toHaveLength(18);
    expect(await codes('2020-01-01')).toEqual(['03', '11', '15', '18', '30', '34', '38', '42', '46', '50', '54']);
    expect(await codes('2024-01-01')).toHaveLength(15);
  });

  it('follows Bærum from 0219 to 3024 to 3201, with the county of each period', async () => {
    const baerum = async (at: string) => (await municipalitiesOn(at)).find((m) => m.name === 'Bærum');
    expect(await baerum('2019-12-31')).toEqual({
      code: '0219',
      kind: 'municipality',
      name: 'Bærum',
      validFrom: null,
      validTo: '2019-12-31',
      countyCode: '02',
      countyName: 'Akershus',
    });
    expect(await baerum('2020-01-01')).toMatchObject({ code: '3024', countyCode: '30', countyName: 'Viken', validTo: '2023-12-31' });
    expect(await baerum('2024-01-01')).toMatchObject({ code: '3201', countyCode: '32', countyName: 'Akershus', validTo: null });
  });

  it('ends Røyken on 31 December 2019', async () => {
    expect((await municipalitiesOn('2019-12-31')).find((m) => m.code === '0627')).toMatchObject({ name: 'Røyken', validTo: '2019-12-31' });
    expect((await municipalitiesOn('2020-01-01')).some((m) => m.code === '0627')).toBe(false);
  });

  it('uses the name a municipality had on the date', async () => {
    const nameOn = async (code: string, at: string) => (await municipalitiesOn(at)).find((m) => m.code === code)?.name;
    expect(await nameOn('1826', '2019-06-01')).toBe('Hattfjelldal');
    expect(await nameOn('1826', '2021-06-01')).toBe('Aarborte - Hattfjelldal');
    expect(await nameOn('1826', '2024-06-01')).toBe('Hattfjelldal');
  });

  it('sorts names in Norwegian order, with Æ, Ø and Å after Z', async () => {
    const names = (await municipalitiesOn('2018-01-01')).map((m) => m.name);
    expect(names).toEqual([...names].sort(norwegianCollator.compare));
    const at = (name: string) => names.indexOf(name);
    expect(at('Vågå')).toBeGreaterThan(-1);
    expect(at('Øyer')).toBeGreaterThan(at('Vågå'));
    expect(at('Ål')).toBeGreaterThan(at('Øyer'));
    expect(names.at(-1)).toBe('Åsnes');
    expect(names[0]).toBe('Agdenes');
  });

  it('lists both kinds when no kind is given', async () => {
    const all = await listAuthoritiesOn(t.db, { at: '2018-01-01' });
    expect(all).toHaveLength(422 + 18);
    expect(all.find((a) => a.code === '02')).toMatchObject({ kind: 'county', name: 'Akershus', countyCode: null, countyName: null });
  });
});
