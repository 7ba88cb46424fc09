import { describe, expect, it } from 'vitest';
import { osloInstant } from './schedule-reminder';

describe('osloInstant', () => {
  it('turns an Oslo wall-clock time into UTC, in winter, in summer and on the days the clocks change', () => {
    expect(osloInstant('2017-11-06', '09:00')).toBe('2017-11-06T08:00:00.000Z');
    expect(osloInstant('2017-10-02', '09:00')).toBe('2017-10-02T07:00:00.000Z');
    expect(osloInstant('2018-03-25', '09:00')).toBe('2018-03-25T07:00:00.000Z');
    expect(osloInstant('2017-10-29', '09:00')).toBe('2017-10-29T08:00:00.000Z');
    expect(osloInstant('2018-01-01', '00:30')).toBe('2017-12-31T23:30:00.000Z');
  });
});
