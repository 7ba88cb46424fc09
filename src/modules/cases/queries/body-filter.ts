import type { Db } from '../../../platform/db/database';
import { ValidationError } from '../../../platform/errors';

/**
 * The `body` (and `cooperation`) query parameters of the API, as ids. Body slugs are unique only
 * within a cooperation: when one is used by several, the caller must add `cooperation`, and the 400
 * says so. Unknown slugs are a 400 naming the field, not an empty list that looks like an answer.
 */
export async function resolveBodyFilter(
  db: Db,
  params: { body?: string; cooperation?: string },
): Promise<{ cooperationId?: number; bodyId?: number }> {
  let cooperationId: number | undefined;
  if (params.cooperation) {
    const row = await db.selectFrom('cooperations').select('id').where('slug', '=', params.cooperation).executeTakeFirst();
    if (!row) throw new ValidationError({ cooperation: ['no cooperation has this slug'] }, 'The query parameters are not valid.', 400);
    cooperationId = row.id;
  }
  if (!params.body) return { cooperationId };
  let query = db
    .selectFrom('bodies as b')
    .innerJoin('cooperations as c', 'c.id', 'b.cooperation_id')
    .select(['b.id', 'b.cooperation_id', 'c.slug as cooperation_slug'])
    .where('b.slug', '=', params.body);
  if (cooperationId !== undefined) query = query.where('b.cooperation_id', '=', cooperationId);
  const bodies = await query.execute();
  if (bodies.length === 0) {
    throw new ValidationError(
      { body: [cooperationId === undefined ? 'no body has this slug' : 'no body of this cooperation has this slug'] },
      'The query parameters are not valid.',
      400,
    );
  }
  if (bodies.length > 1) {
    const slugs = bodies.map((b) => b.cooperation_slug).join(', ');
    throw new ValidationError(
      { cooperation: [`is needed: the body slug "${params.body}" is used by several cooperations (${slugs}); add cooperation=<slug>`] },
      'The query parameters are not valid.',
      400,
    );
  }
  return { cooperationId: bodies[0]!.cooperation_id, bodyId: bodies[0]!.id };
}
