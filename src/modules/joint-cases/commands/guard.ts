import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import { NotFoundError } from '../../../platform/errors';
import { cooperationIdOf } from '../joint-cases.repository';

/** The cooperation a joint case belongs to, for `authorize`; an unknown id is a 404 for everyone. */
export async function cooperationOfJointCase(db: Kysely<Database>, id: number): Promise<number> {
  const row = await cooperationIdOf(db, id);
  if (!row) throw new NotFoundError('No joint case has this id.');
  return row.cooperation_id;
}
