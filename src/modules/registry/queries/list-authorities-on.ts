import type { Db } from '../../../platform/db/database';
import { norwegianCollator } from '../../../platform/i18n';
import { authoritiesValidOn, namesCovering, type AuthorityKindValue } from '../registry.repository';
import type { AuthorityView } from './views';

/**
 * Authorities valid on `at`, each with the name it had that day and its county's name that day,
 * in Norwegian alphabetical order (… Z, Æ, Ø, Å; the database's collation cannot be trusted for it).
 */
export async function listAuthoritiesOn(db: Db, options: { at: string; kind?: AuthorityKindValue }): Promise<AuthorityView[]> {
  const { at, kind } = options;
  const [rows, periods] = await Promise.all([authoritiesValidOn(db, at, kind), namesCovering(db, at)]);
  const nameOn = new Map(periods.map((p) => [p.code, p.name]));
  return rows
    .map((row) => ({
      code: row.code,
      kind: row.kind,
      name: nameOn.get(row.code) ?? row.name,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      countyCode: row.county_code,
      countyName: row.county_code === null ? null : (nameOn.get(row.county_code) ?? row.county_name ?? null),
    }))
    .sort((a, b) => norwegianCollator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}
