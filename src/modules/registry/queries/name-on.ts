/**
 * The name an authority had on `at`: the name period covering that day, else its name in the register.
 * Periods are inclusive at both ends; null is open.
 */
export function pickNameOn(
  baseName: string,
  periods: ReadonlyArray<{ name: string; valid_from: string | null; valid_to: string | null }>,
  at: string,
): string {
  const period = periods.find((p) => (p.valid_from === null || p.valid_from <= at) && (p.valid_to === null || p.valid_to >= at));
  return period?.name ?? baseName;
}

/** The calendar day before an ISO date (`2020-01-01` → `2019-12-31`). */
export function dayBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
