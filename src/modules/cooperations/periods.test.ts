import { describe, expect, it } from 'vitest';
import { covers, overlaps, startsWithin } from './periods';

const p = (start_on: string | null, end_on: string | null) => ({ start_on, end_on });

describe('periods', () => {
  it('covers both ends inclusively; null is open', () => {
    expect(covers(p('2018-01-01', '2018-12-31'), '2018-01-01')).toBe(true);
    expect(covers(p('2018-01-01', '2018-12-31'), '2018-12-31')).toBe(true);
    expect(covers(p('2018-01-01', '2018-12-31'), '2019-01-01')).toBe(false);
    expect(covers(p('2018-01-01', '2018-12-31'), '2017-12-31')).toBe(false);
    expect(covers(p(null, null), '1900-01-01')).toBe(true);
  });

  it('overlaps when the periods share a day', () => {
    expect(overlaps(p('2018-01-01', '2018-12-31'), p('2018-12-31', null))).toBe(true);
    expect(overlaps(p('2018-01-01', '2018-12-31'), p('2019-01-01', null))).toBe(false);
    expect(overlaps(p(null, '2018-12-31'), p(null, '2010-01-01'))).toBe(true);
    expect(overlaps(p(null, null), p('2030-01-01', '2030-01-01'))).toBe(true);
  });

  it('an open start fits only a period whose start is open too', () => {
    expect(startsWithin(p(null, '2018-12-31'), null)).toBe(true);
    expect(startsWithin(p('2017-01-01', null), null)).toBe(false);
    expect(startsWithin(p('2017-01-01', null), '2017-01-01')).toBe(true);
    expect(startsWithin(p(null, '2018-12-31'), '2019-01-01')).toBe(false);
  });
});
