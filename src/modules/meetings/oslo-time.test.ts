import { describe, expect, it } from 'vitest';
import { osloDate, osloLocalToInstant, osloYear } from './oslo-time';

describe('Oslo time', () => {
  it('reads wall-clock times in winter (CET) and summer (CEST)', () => {
    expect(osloLocalToInstant('2018-03-15T10:00')).toBe('2018-03-15T09:00:00.000Z');
    expect(osloLocalToInstant('2018-06-14T10:00')).toBe('2018-06-14T08:00:00.000Z');
    // The night clocks go forward (25.3.2018 02:00 → 03:00) and back (28.10.2018 03:00 → 02:00).
    expect(osloLocalToInstant('2018-03-25T03:30')).toBe('2018-03-25T01:30:00.000Z');
    expect(osloLocalToInstant('2018-10-28T12:00')).toBe('2018-10-28T11:00:00.000Z');
  });

  it('gives the day and year in Oslo, not in UTC', () => {
    expect(osloDate('2017-12-31T23:30:00Z')).toBe('2018-01-01');
    expect(osloYear('2017-12-31T23:30:00Z')).toBe(2018);
  });
});
