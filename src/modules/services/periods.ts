/** Periods with inclusive ends; null is open. The same rule as memberships (see platform/db/periods.ts). */
export interface Period {
  start_on: string | null;
  end_on: string | null;
}

export const covers = (p: Period, at: string) => (p.start_on === null || p.start_on <= at) && (p.end_on === null || p.end_on >= at);

export const overlaps = (a: Period, b: Period) =>
  (a.start_on === null || b.end_on === null || a.start_on <= b.end_on) && (b.start_on === null || a.end_on === null || b.start_on <= a.end_on);

export const describePeriod = (p: Period) => `${p.start_on ?? '(before our records)'} – ${p.end_on ?? '(open)'}`;
