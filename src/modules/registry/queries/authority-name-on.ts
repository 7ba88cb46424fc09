import type { Db } from '../../../platform/db/database';
import { authorityByCode, namesCovering } from '../registry.repository';

/**
 * The name authority `code` had on `at` (a name period covering the day, else its name in the
 * register), or null for a code the register does not know. It does not check that the code was
 * valid on `at`: callers showing old records want the name even outside the code's period.
 */
export async function authorityNameOn(db: Db, code: string, at: string): Promise<string | null> {
  const [authority, periods] = await Promise.all([authorityByCode(db, code), namesCovering(db, at, [code])]);
  if (!authority) return null;
  return periods[0]?.name ?? authority.name;
}
