import { describe, it, expect } from 'vitest';
import { authoritiesValidOn, isValidOn } from './as-of';
import { loadRegistryData, type AuthorityRecord } from './registry-data';

const data = loadRegistryData();
const authority = (code: string): AuthorityRecord => {
  const found = data.authorities.find((a) => a.code === code);
  if (!found) throw new Error(`no authority ${code}`);
  return found;
};
const period = (code: string) => [authority(code).validFrom, authority(code).validTo];
const changesFrom = (code: string) => data.changes.filter((c) => c.fromCode === code);
const change = (fromCode: string, toCode: string) => data.changes.find((c) => c.fromCode === fromCode && c.toCode === toCode);
const count = (date: string, kind: 'municipality' | 'county') => authoritiesValidOn(data.authorities, date, kind).length;
const dayBefore = (iso: string) => `${Number(iso.slice(0, 4)) - 1}-12-31`;

describe('loadRegistryData: counts', () => {
  it.each([
    ['2018-01-01', 422, 18],
    ['2020-01-01', 356, 11],
    ['2024-01-01', 357, 15],
  ])('on %s: %i municipalities, %i counties', (date, municipalities, counties) => {
    expect(count(date, 'municipality')).toBe(municipalities);
    expect(count(date, 'county')).toBe(counties);
  });

  it('matches the SSB lists of 2013 and 2017 too', () => {
    expect(count('2013-01-01', 'municipality')).toBe(428);
    expect(count('2017-01-01', 'municipality')).toBe(426);
  });
});

describe('loadRegistryData: chains through the reforms', () => {
  it('Bærum: 0219 → 3024 → 3201, renumbered', () => {
    expect(period('0219')).toEqual([null, '2019-12-31']);
    expect(change('0219', '3024')).toEqual({ fromCode: '0219', toCode: '3024', effectiveOn: '2020-01-01', kind: 'renumbered' });
    expect(period('3024')).toEqual(['2020-01-01', '2023-12-31']);
    expect(change('3024', '3201')).toEqual({ fromCode: '3024', toCode: '3201', effectiveOn: '2024-01-01', kind: 'renumbered' });
    expect(period('3201')).toEqual(['2024-01-01', null]);
    expect(authority('3201').name).toBe('Bærum');
  });

  it('Asker: 0220, 0627 Røyken and 0628 Hurum → 3025 → 3203', () => {
    expect(period('0627')).toEqual([null, '2019-12-31']);
    for (const from of ['0220', '0627', '0628']) {
      expect(change(from, '3025')).toMatchObject({ effectiveOn: '2020-01-01', kind: 'merged' });
    }
    expect(change('3025', '3203')).toMatchObject({ effectiveOn: '2024-01-01', kind: 'renumbered' });
    expect(authority('3203').name).toBe('Asker');
  });

  it('Drammen: 0602, 0625 Nedre Eiker and 0711 Svelvik → 3005 → 3301', () => {
    for (const from of ['0602', '0625', '0711']) expect(change(from, '3005')).toMatchObject({ effectiveOn: '2020-01-01', kind: 'merged' });
    expect(change('3005', '3301')).toMatchObject({ effectiveOn: '2024-01-01', kind: 'renumbered' });
  });

  it('Holmestrand: 0702 and 0714 Hof → 0715 (2018); 0715 and 0713 Sande → 3802 (2020) → 3903', () => {
    for (const from of ['0702', '0714']) expect(change(from, '0715')).toMatchObject({ effectiveOn: '2018-01-01', kind: 'merged' });
    expect(period('0715')).toEqual(['2018-01-01', '2019-12-31']);
    for (const from of ['0713', '0715']) expect(change(from, '3802')).toMatchObject({ effectiveOn: '2020-01-01', kind: 'merged' });
    expect(change('3802', '3903')).toMatchObject({ effectiveOn: '2024-01-01', kind: 'renumbered' });
    expect(authority('0713').name).toBe('Sande (Vestfold)');
  });

  it('Ålesund and Haram: 1534 → 1507 (2020), then 1507 splits into 1508 and 1580 (2024)', () => {
    expect(change('1534', '1507')).toMatchObject({ effectiveOn: '2020-01-01', kind: 'merged' });
    expect(changesFrom('1507')).toEqual([
      { fromCode: '1507', toCode: '1508', effectiveOn: '2024-01-01', kind: 'split' },
      { fromCode: '1507', toCode: '1580', effectiveOn: '2024-01-01', kind: 'split' },
    ]);
    expect(period('1508')).toEqual(['2024-01-01', null]);
    expect(period('1580')).toEqual(['2024-01-01', null]);
    expect(authority('1580').name).toBe('Haram');
  });

  it('Trøndelag: every 16xx and 17xx code ends in 2017 and continues as a 50xx code', () => {
    const old = data.authorities.filter((a) => /^1[67]\d\d$/.test(a.code) && isValidOn(a, '2017-12-31'));
    expect(old.length).toBeGreaterThan(40);
    for (const a of old) {
      expect(a.validTo).toBe('2017-12-31');
      const next = changesFrom(a.code);
      expect(next.length).toBeGreaterThan(0);
      for (const c of next) expect(c).toMatchObject({ effectiveOn: '2018-01-01', toCode: expect.stringMatching(/^50/) });
    }
    expect(change('1601', '5001')?.kind).toBe('renumbered');
    expect(change('1624', '5054')?.kind).toBe('merged');
  });

  it('keeps codes that survived the reforms with their earlier start', () => {
    expect(period('0301')).toEqual([null, null]);
    expect(period('1103')).toEqual([null, null]);
    expect(change('1141', '1103')).toMatchObject({ effectiveOn: '2020-01-01', kind: 'merged' });
    expect(authority('0301').countyCode).toBe('03');
  });

  it('splits Snillfjord and Tysfjord in 2020', () => {
    expect(changesFrom('5012').map((c) => [c.toCode, c.kind])).toEqual([
      ['5055', 'split'],
      ['5056', 'split'],
      ['5059', 'split'],
    ]);
    expect(changesFrom('1850').map((c) => c.toCode)).toEqual(['1806', '1875']);
  });

  it('dates changes before 2013 from the 1994 file and SSB notes', () => {
    expect(change('1214', '1159')).toMatchObject({ effectiveOn: '2002-01-01', kind: 'renumbered' });
    expect(period('1160')).toEqual(['2006-01-01', null]);
    expect(change('1154', '1160')).toMatchObject({ effectiveOn: '2006-01-01', kind: 'merged' });
    expect(change('1842', '1804')).toMatchObject({ effectiveOn: '2005-01-01', kind: 'merged' });
    expect(change('0718', '0716')).toMatchObject({ effectiveOn: '2002-01-01', kind: 'merged' });
  });
});

describe('loadRegistryData: county authorities', () => {
  it('merges in 2018 and 2020, splits in 2024', () => {
    expect(change('16', '50')).toMatchObject({ effectiveOn: '2018-01-01', kind: 'merged' });
    expect(change('17', '50')).toMatchObject({ effectiveOn: '2018-01-01', kind: 'merged' });
    expect(change('02', '30')).toMatchObject({ effectiveOn: '2020-01-01', kind: 'merged' });
    expect(changesFrom('30').map((c) => [c.toCode, c.effectiveOn, c.kind])).toEqual([
      ['31', '2024-01-01', 'split'],
      ['32', '2024-01-01', 'split'],
      ['33', '2024-01-01', 'split'],
    ]);
    expect(changesFrom('54').map((c) => c.toCode)).toEqual(['55', '56']);
    expect(period('50')).toEqual(['2018-01-01', null]);
    expect(period('03')).toEqual([null, null]);
  });

  it('puts every municipality in a county that existed on its last day', () => {
    const counties = new Map(data.authorities.filter((a) => a.kind === 'county').map((a) => [a.code, a]));
    for (const m of data.authorities.filter((a) => a.kind === 'municipality')) {
      const county = counties.get(m.countyCode ?? '');
      expect(county, m.code).toBeDefined();
      expect(isValidOn(county!, m.validTo ?? '2099-01-01'), m.code).toBe(true);
    }
  });
});

describe('loadRegistryData: names', () => {
  it('keeps the name history of one code', () => {
    expect(data.names.filter((n) => n.code === '1852')).toEqual([
      { code: '1852', name: 'Tjeldsund', validFrom: '1909-01-01', validTo: '2017-12-31' },
      { code: '1852', name: 'Dielddanuorri - Tjeldsund', validFrom: '2018-01-01', validTo: '2019-12-31' },
    ]);
    expect(authority('1852').name).toBe('Dielddanuorri - Tjeldsund');
    expect(data.names.filter((n) => n.code === '0716').map((n) => [n.name, n.validTo])).toEqual([
      ['Våle', '2001-12-31'],
      ['Re', '2019-12-31'],
    ]);
  });

  it('covers each renamed code without gaps, ending in its current name', () => {
    for (const code of new Set(data.names.map((n) => n.code))) {
      const periods = data.names.filter((n) => n.code === code);
      const a = authority(code);
      expect(periods[0]?.validFrom, code).toBe(a.validFrom);
      expect(periods.at(-1)?.validTo, code).toBe(a.validTo);
      expect(periods.at(-1)?.name, code).toBe(a.name);
      for (let i = 1; i < periods.length; i++) expect(dayBefore(periods[i]!.validFrom!), code).toBe(periods[i - 1]!.validTo);
    }
  });

  it('does not treat a county qualifier as a rename, and repairs damaged Sami letters', () => {
    expect(data.names.some((n) => n.code === '1515')).toBe(false);
    expect(authority('1515').name).toBe('Herøy (Møre og Romsdal)');
    expect(authority('5437').name).toBe('Kárášjohka - Karasjok');
    expect(authority('5622').name).toBe('Porsanger - Porsáŋgu - Porsanki');
    expect(data.authorities.filter((a) => a.name.includes('?'))).toEqual([]);
  });
});

describe('loadRegistryData: integrity', () => {
  it('holds real municipalities only, each code once, sorted', () => {
    const codes = data.authorities.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => /^(2[123]|99)\d\d$/.test(c))).toEqual([]);
    const counties = codes.filter((c) => c.length === 2);
    expect(codes).toEqual([...counties, ...codes.slice(counties.length)]);
    expect(codes.slice(counties.length)).toEqual([...codes.slice(counties.length)].sort());
  });

  it('links each change from the last day of the old code to the first day of the new one', () => {
    for (const c of data.changes) {
      expect(c.effectiveOn, `${c.fromCode}→${c.toCode}`).toMatch(/^\d{4}-01-01$/);
      expect(authority(c.fromCode).validTo).toBe(dayBefore(c.effectiveOn));
      expect(isValidOn(authority(c.toCode), c.effectiveOn), `${c.fromCode}→${c.toCode}`).toBe(true);
      expect(['renumbered', 'merged', 'split']).toContain(c.kind);
    }
  });

  it('gives every ended code a successor and every code since 2013 a predecessor', () => {
    for (const a of data.authorities) {
      if (a.validFrom !== null && a.validTo !== null) expect(a.validFrom <= a.validTo, a.code).toBe(true);
      if (a.validTo !== null) expect(changesFrom(a.code).length, a.code).toBeGreaterThan(0);
      if (a.validFrom !== null && a.validFrom >= '2013-01-01') {
        expect(data.changes.some((c) => c.toCode === a.code), a.code).toBe(true);
      }
    }
  });
});
