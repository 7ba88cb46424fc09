import { describe, expect, it } from 'vitest';
import { byNorwegian, formatDate, formatLongDate, formatNumber, pickText, todayInOslo } from './i18n';

describe('Norwegian formats', () => {
  it('writes dates the Norwegian way, without shifting a calendar date across time zones', () => {
    expect(formatDate('2018-03-15')).toBe('15.03.2018');
    expect(formatDate('2017-12-07T23:30:00Z')).toBe('08.12.2017'); // already the 8th in Oslo
    expect(formatLongDate('2018-06-14', 'nb')).toBe('14. juni 2018');
    expect(formatLongDate('2018-06-14', 'en')).toBe('14 June 2018');
  });

  it('groups thousands with a non-breaking space', () => {
    expect(formatNumber(430000)).toBe('430\u00a0000');
  });

  it('sorts Æ, Ø and Å after Z', () => {
    const names = ['Ås', 'Øvre Eiker', 'Asker', 'Ærøy', 'Zeta', 'Bærum'];
    expect(names.sort(byNorwegian((n) => n))).toEqual(['Asker', 'Bærum', 'Zeta', 'Ærøy', 'Øvre Eiker', 'Ås']);
  });

  it('knows the date in Oslo around midnight UTC', () => {
    expect(todayInOslo(new Date('2018-12-31T23:30:00Z'))).toBe('2019-01-01');
  });
});

describe('pickText', () => {
  it('returns the wanted language when it exists', () => {
    expect(pickText({ nb: 'Samarbeid', en: 'Cooperation' }, 'en')).toEqual({ text: 'Cooperation', lang: 'en', fallback: false });
  });

  it('falls back visibly: nynorsk to bokmål, English to bokmål', () => {
    expect(pickText({ nb: 'Samarbeid' }, 'nn')).toEqual({ text: 'Samarbeid', lang: 'nb', fallback: true });
    expect(pickText({ nn: 'Samarbeid' }, 'en')).toEqual({ text: 'Samarbeid', lang: 'nn', fallback: true });
  });

  it('returns null when no language has text', () => {
    expect(pickText({}, 'nb')).toBeNull();
    expect(pickText(null, 'nb')).toBeNull();
  });
});
