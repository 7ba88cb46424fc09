import type { Db } from '../../../platform/db/database';
import { authoritiesByCodes, namesCovering } from '../registry.repository';

export interface NamedAuthority {
  code: string;
  name: string;
  kind: 'municipality' | 'county';
}

/**
 * The given authorities, each named as it was on `at` (else by its name in the register). Unknown
 * codes are absent. Two queries, whatever the number of codes.
 */
export async function authoritiesNamedOn(db: Db, codes: readonly string[], at: string): Promise<Map<string, NamedAuthority>> {
  const unique = [...new Set(codes)];
  const [rows, periods] = await Promise.all([authoritiesByCodes(db, unique), namesCovering(db, at, unique)]);
  const nameOn = new Map(periods.map((p) => [p.code, p.name]));
  return new Map(rows.map((r) => [r.code, { code: r.code, name: nameOn.get(r.code) ?? r.name, kind: r.kind }]));
}
