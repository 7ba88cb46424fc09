import { describe, it, expect } from 'vitest';
import {
  authoritiesValidOn,
  compareNames,
  isValidOn,
  nameOn,
  predecessorsOf,
  resolveCodeOn,
  sortByName,
  successorsOf,
} from './as-of';
import { isIsoDate } from '../../platform/http/query';
import { loadRegistryData, type AuthorityRecord } from './registry-data';

const { authorities, names, changes } = loadRegistryData();
const record = (code: string, validFrom: string | null, validTo: string | null): AuthorityRecord => ({
  code,
  kind: code.length === 2 ? 'county' : 'municipality',
  name: code,
  validFrom,
  validTo,
  countyCode: code.length === 2 ? null : code.slice(0, 2),
});

describe('isIsoDate', () => {
  it.each(['2018-01-01', '2024-02-29', '2019-12-31', '0050-06-15'])('accepts %s', (s) => expect(isIsoDate(s)).toBe(true));
  it.each(['2018-13-40', '2018-02-30', '2023-02-29', '2018-00-10', '2018-1-01', '2018-01-01T00:00', '', 'tomorrow'])(
    'rejects %j',
    (s) => expect(isIsoDate(s)).toBe(false),
  );
});

describe('isValidOn and authoritiesValidOn', () => {
  it('treats both ends as inclusive and null as open', () => {
    const closed = record('0219', '2018-01-01', '2019-12-31');
    expect(isValidOn(closed, '2017-12-31')).toBe(false);
    expect(isValidOn(closed, '2018-01-01')).toBe(true);
    expect(isValidOn(closed, '2019-12-31')).toBe(true);
    expect(isValidOn(closed, '2020-01-01')).toBe(false);
    expect(isValidOn(record('0301', null, null), '1900-01-01')).toBe(true);
    expect(isValidOn(record('0219', null, '2019-12-31'), '1900-01-01')).toBe(true);
  });

  it('filters by date and kind', () => {
    const records = [record('02', null, '2019-12-31'), record('30', '2020-01-01', null), record('3024', '2020-01-01', null)];
    expect(authoritiesValidOn(records, '2021-05-17').map((r) => r.code)).toEqual(['30', '3024']);
    expect(authoritiesValidOn(records, '2021-05-17', 'county').map((r) => r.code)).toEqual(['30']);
    expect(authoritiesValidOn(records, '2019-05-17', 'municipality')).toEqual([]);
  });
});

describe('nameOn', () => {
  it('follows a name change within one code', () => {
    expect(nameOn('1852', '2017-06-01', authorities, names)).toBe('Tjeldsund');
    expect(nameOn('1852', '2018-01-01', authorities, names)).toBe('Dielddanuorri - Tjeldsund');
    expect(nameOn('0716', '1999-01-01', authorities, names)).toBe('Våle');
    expect(nameOn('0716', '2010-01-01', authorities, names)).toBe('Re');
  });

  it('uses the record name where the name never changed, and null outside validity or for unknown codes', () => {
    expect(nameOn('0219', '2019-06-01', authorities, names)).toBe('Bærum');
    expect(nameOn('0219', '2020-01-01', authorities, names)).toBeNull();
    expect(nameOn('9999', '2020-01-01', authorities, names)).toBeNull();
  });
});

describe('successorsOf and predecessorsOf', () => {
  it('reads the change list in both directions', () => {
    expect(successorsOf('1507', changes)).toEqual(['1508', '1580']);
    expect(successorsOf('0301', changes)).toEqual([]);
    expect(predecessorsOf('3025', changes)).toEqual(['0220', '0627', '0628']);
    expect(predecessorsOf('30', changes)).toEqual(['01', '02', '06']);
  });
});

describe('resolveCodeOn', () => {
  const resolve = (code: string, date: string) => resolveCodeOn(code, date, changes, authorities);

  it('follows changes forward', () => {
    expect(resolve('0219', '2024-06-01')).toEqual(['3201']);
    expect(resolve('0219', '2021-01-01')).toEqual(['3024']);
    expect(resolve('0627', '2021-01-01')).toEqual(['3025']);
    expect(resolve('0702', '2024-01-01')).toEqual(['3903']);
    expect(resolve('1534', '2024-06-01')).toEqual(['1508', '1580']);
    expect(resolve('02', '2024-01-01')).toEqual(['31', '32', '33']);
  });

  it('follows changes backward', () => {
    expect(resolve('3025', '2018-06-01')).toEqual(['0220', '0627', '0628']);
    expect(resolve('3201', '2019-12-31')).toEqual(['0219']);
    expect(resolve('3903', '2017-01-01')).toEqual(['0702', '0713', '0714']);
  });

  it('returns the code itself while valid, and nothing for an unknown code', () => {
    expect(resolve('0301', '2024-06-01')).toEqual(['0301']);
    expect(resolve('0219', '2019-12-31')).toEqual(['0219']);
    expect(resolve('9999', '2024-06-01')).toEqual([]);
  });

  it('works on any RegistryData-shaped arrays', () => {
    const records = [record('0001', null, '2019-12-31'), record('0002', '2020-01-01', null)];
    expect(resolveCodeOn('0001', '2020-01-01', [{ fromCode: '0001', toCode: '0002' }], records)).toEqual(['0002']);
    expect(resolveCodeOn('0002', '2010-01-01', [{ fromCode: '0001', toCode: '0002' }], records)).toEqual(['0001']);
  });
});

describe('sorting by name', () => {
  it('uses Norwegian order: Æ, Ø, Å after Z', () => {
    expect(compareNames('Ålesund', 'Zzz')).toBeGreaterThan(0);
    const sorted = sortByName(['Ålesund', 'Øygarden', 'Aremark', 'Ærø', 'Zzz'].map((name) => ({ name })));
    expect(sorted.map((r) => r.name)).toEqual(['Aremark', 'Zzz', 'Ærø', 'Øygarden', 'Ålesund']);
  });
});
