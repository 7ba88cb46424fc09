import type { Db } from '../../../platform/db/database';
import { namesCovering } from '../registry.repository';

/**
 * The names the given authorities had on `at`, by code. A code with no name period covering the day
 * is absent: callers fall back to the name in the register, as `authorityNameOn` does. One query.
 */
export async function authorityNamesOn(db: Db, codes: readonly string[], at: string): Promise<Map<string, string>> {
  const periods = await namesCovering(db, at, codes);
  return new Map(periods.map((n) => [n.code, n.name]));
}
