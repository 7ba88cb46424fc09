/**
 * A body's own case number, `NN/YYYY`: the number restarts each year and is written with at least
 * two digits ("Sak 03/2018"). The year is the meeting's year in Oslo.
 */
export interface CaseNumber {
  number: number;
  year: number;
}

export function formatCaseNumber(number: number, year: number): string {
  return `${String(number).padStart(2, '0')}/${year}`;
}

/** `03/2018` or `3/2018` → { number: 3, year: 2018 }; null when it is not written so. */
export function parseCaseNumber(text: string): CaseNumber | null {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const number = Number(match[1]);
  return number > 0 ? { number, year: Number(match[2]) } : null;
}

export const CASE_NUMBER_FORMAT_HINT = 'must be a case number written NN/YYYY, for example 03/2018';
