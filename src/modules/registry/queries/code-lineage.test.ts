import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database';
import { codeLineage } from './code-lineage';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

describe('codeLineage', () => {
  it('follows a renumbered code both ways', async () => {
    expect(await codeLineage(t.db, '0219')).toEqual(['0219', '3024', '3201']);
    expect(await codeLineage(t.db, '3024')).toEqual(['0219', '3024', '3201']);
    expect(await codeLineage(t.db, '3201')).toEqual(['0219', '3024', '3201']);
  });

  it('gathers every code that merged into a municipality', async () => {
    expect(await codeLineage(t.db, '3025')).toEqual(['0220', '0627', '0628', '3025', '3203']);
    expect(await codeLineage(t.db, '3203')).toEqual(['0220', '0627', '0628', '3025', '3203']);
  });

  it('never goes sideways to the other codes of a merger', async () => {
    expect(await codeLineage(t.db, '0627')).toEqual(['0627', '3025', '3203']);
  });

  it('never goes sideways to the other part of a split', async () => {
    // Ålesund 1507 (2020–2023) was split into 1508 Ålesund and 1580 Haram.
    const haram = await codeLineage(t.db, '1580');
    expect(haram).toContain('1507');
    expect(haram).toContain('1534'); // Haram before 2020
    expect(haram).not.toContain('1508');
    expect(await codeLineage(t.db, '1508')).not.toContain('1580');
  });

  it('works for counties', async () => {
    expect(await codeLineage(t.db, '32')).toEqual(['01', '02', '06', '30', '32']);
  });

  it('gives an unknown code alone', async () => {
    expect(await codeLineage(t.db, '9998')).toEqual(['9998']);
  });
});
