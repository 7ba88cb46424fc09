import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { readXlsx, toXlsx } from './xlsx';

describe('CSV', () => {
  it('starts with a byte-order mark, separates with semicolons and quotes what needs it', () => {
    const csv = toCsv(['Kommune', 'Andel'], [['Bærum; vest', 12], ['=SUM(A1)', null], ['Sitat "x"', 3]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFKommune;Andel\r\n"Bærum; vest";12\r\n\'=SUM(A1);\r\n"Sitat ""x""";3\r\n');
  });
});

describe('XLSX', () => {
  it('reads back what it wrote, æ ø å and numbers intact', async () => {
    const bytes = await toXlsx([{ name: 'Andeler: 2019', header: ['Kommune', 'Kroner'], rows: [['Røyken', 1200], ['Øvre Eiker', 35]] }]);
    const [sheet] = await readXlsx(bytes);
    expect(sheet!.name).toBe('Andeler  2019');
    expect(sheet!.rows).toEqual([['Kommune', 'Kroner'], ['Røyken', 1200], ['Øvre Eiker', 35]]);
  });
});
