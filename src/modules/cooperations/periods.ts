/**
 * Periods with inclusive ends, where null is open ("before our records" at the start, "still going"
 * at the end). ISO dates compare correctly as text.
 */
export interface Period {
  start_on: string | null;
  end_on: string | null;
}

export function covers(period: Period, at: string): boolean {
  return (period.start_on === null || period.start_on <= at) && (period.end_on === null || period.end_on >= at);
}

export function overlaps(a: Period, b: Period): boolean {
  const aStartsBeforeBEnds = a.start_on === null || b.end_on === null || a.start_on <= b.end_on;
  const bStartsBeforeAEnds = b.start_on === null || a.end_on === null || b.start_on <= a.end_on;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/**
 * True when something that begins at `start` (null: before our records) begins inside `period`.
 * An open start only fits a period whose start is open too: we cannot tell that anything earlier held.
 */
export function startsWithin(period: Period, start: string | null): boolean {
  if (start === null) return period.start_on === null;
  return covers(period, start);
}

export function describePeriod(period: Period): string {
  return `${period.start_on ?? '(before our records)'} – ${period.end_on ?? '(open)'}`;
}
