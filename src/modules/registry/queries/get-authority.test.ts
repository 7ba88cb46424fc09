import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database';
import { authorityNameOn } from './authority-name-on';
import { getAuthority } from './get-authority';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

describe('getAuthority', () => {
  it('gives Røyken its end and its successor', async () => {
    expect(await getAuthority(t.db, '0627')).toEqual({
      code: '0627',
      kind: 'municipality',
      name: 'Røyken',
      validFrom: null,
      validTo: '2019-12-31',
      countyCode: '06',
      county: { code: '06', name: 'Buskerud' },
      names: [],
      predecessors: [],
      successors: [{ code: '3025', name: 'Asker', kind: 'municipality', effectiveOn: '2020-01-01', changeKind: 'merged' }],
      municipalities: null,
    });
  });

  it('gives Asker 3025 the three codes it came from and the one it became', async () => {
    const asker = await getAuthority(t.db, '3025');
    expect(asker?.predecessors.map((p) => [p.code, p.name, p.changeKind])).toEqual([
      ['0220', 'Asker', 'merged'],
      ['0627', 'Røyken', 'merged'],
      ['0628', 'Hurum', 'merged'],
    ]);
    expect(asker?.successors).toEqual([{ code: '3203', name: 'Asker', kind: 'municipality', effectiveOn: '2024-01-01', changeKind: 'renumbered' }]);
    expect(asker?.county).toEqual({ code: '30', name: 'Viken' });
  });

  it('names a neighbour as it was at the change', async () => {
    // 1826 was "Hattfjelldal" until 2019 and "Aarborte - Hattfjelldal" 2020–2023.
    const names = await getAuthority(t.db, '1826');
    expect(names?.names.map((n) => n.name)).toEqual(['Hattfjelldal', 'Aarborte - Hattfjelldal', 'Hattfjelldal']);
    const re = await getAuthority(t.db, '0716');
    expect(re?.predecessors).toEqual([{ code: '0718', name: 'Ramnes', kind: 'municipality', effectiveOn: '2002-01-01', changeKind: 'merged' }]);
    expect(re?.names.map((n) => [n.name, n.validFrom, n.validTo])).toEqual([
      ['Våle', null, '2001-12-31'],
      ['Re', '2002-01-01', '2019-12-31'],
    ]);
  });

  it('gives a county its history and its municipalities', async () => {
    const viken = await getAuthority(t.db, '30');
    expect(viken?.kind).toBe('county');
    expect(viken?.county).toBeNull();
    expect(viken?.predecessors.map((p) => p.code)).toEqual(['01', '02', '06']);
    expect(viken?.successors.map((s) => [s.code, s.changeKind])).toEqual([
      ['31', 'split'],
      ['32', 'split'],
      ['33', 'split'],
    ]);
    expect(viken?.municipalities).toHaveLength(51);
    expect(viken?.municipalities?.find((m) => m.code === '3024')).toEqual({ code: '3024', name: 'Bærum', validFrom: '2020-01-01', validTo: '2023-12-31' });
  });

  it('returns null for a code the register does not know', async () => {
    expect(await getAuthority(t.db, '9998')).toBeNull();
  });
});

describe('authorityNameOn', () => {
  it('gives the name of the day, the register name outside any period, and null for an unknown code', async () => {
    expect(await authorityNameOn(t.db, '1826', '2021-01-01')).toBe('Aarborte - Hattfjelldal');
    expect(await authorityNameOn(t.db, '0219', '2018-01-01')).toBe('Bærum');
    expect(await authorityNameOn(t.db, '0716', '1990-01-01')).toBe('Våle');
    expect(await authorityNameOn(t.db, '9998', '2018-01-01')).toBeNull();
  });
});
