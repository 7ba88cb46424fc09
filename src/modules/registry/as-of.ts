import type { AuthorityChangeRecord, AuthorityKind, AuthorityNameRecord, AuthorityRecord } from './registry-data';

type Period = Pick<AuthorityRecord, 'validFrom' | 'validTo'>;
type Dated = Pick<AuthorityRecord, 'code' | 'validFrom' | 'validTo'>;
type Link = Pick<AuthorityChangeRecord, 'fromCode' | 'toCode'>;

/** Periods are inclusive; null means open. ISO dates compare correctly as strings. */
export function isValidOn(record: Period, date: string): boolean {
  return (record.validFrom === null || record.validFrom <= date) && (record.validTo === null || date <= record.validTo);
}

export function authoritiesValidOn<T extends Period & { kind: AuthorityKind }>(records: readonly T[], date: string, kind?: AuthorityKind): T[] {
  return records.filter((r) => (kind === undefined || r.kind === kind) && isValidOn(r, date));
}

/** The name a code carried on a date, or null if the code was not valid then. */
export function nameOn(
  code: string,
  date: string,
  records: readonly (Dated & { name: string })[],
  names: readonly AuthorityNameRecord[],
): string | null {
  const record = records.find((r) => r.code === code && isValidOn(r, date));
  if (!record) return null;
  return names.find((n) => n.code === code && isValidOn(n, date))?.name ?? record.name;
}

const uniqueSorted = (codes: string[]) => [...new Set(codes)].sort();

export function successorsOf(code: string, changes: readonly Link[]): string[] {
  return uniqueSorted(changes.filter((c) => c.fromCode === code).map((c) => c.toCode));
}

export function predecessorsOf(code: string, changes: readonly Link[]): string[] {
  return uniqueSorted(changes.filter((c) => c.toCode === code).map((c) => c.fromCode));
}

/**
 * The code(s) that covered a code's area on a date: itself if valid then, its successors (followed
 * forward) for a later date, its predecessors (followed back) for an earlier one. Unknown code → [].
 */
export function resolveCodeOn(code: string, date: string, changes: readonly Link[], records: readonly Dated[]): string[] {
  const byCode = new Map(records.map((r) => [r.code, r]));
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (current: string) => {
    const record = byCode.get(current);
    if (visited.has(current) || !record) return;
    visited.add(current);
    if (isValidOn(record, date)) {
      found.push(current);
      return;
    }
    const later = record.validTo !== null && date > record.validTo;
    for (const next of later ? successorsOf(current, changes) : predecessorsOf(current, changes)) walk(next);
  };
  walk(code);
  return uniqueSorted(found);
}

// Norwegian order: Æ, Ø, Å come after Z.
const collator = new Intl.Collator('nb');

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortByName<T extends { name: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => compareNames(a.name, b.name));
}
