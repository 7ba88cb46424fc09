import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import { membershipsOfMember } from '../cooperations.repository';
import { startsWithin } from '../periods';

/**
 * Whether `code` is a member of the cooperation when something starting at `startOn` begins (null:
 * before our records, which only a membership that also starts before our records can cover).
 * Takes a transaction too, so other modules' commands can check it while they write.
 */
export async function isMemberAtStart(q: Kysely<Database>, cooperationId: number, code: string, startOn: string | null): Promise<boolean> {
  const memberships = await membershipsOfMember(q, cooperationId, code);
  return memberships.some((m) => startsWithin(m, startOn));
}
