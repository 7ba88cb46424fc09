import type { Actor, RoleGrant } from '../../platform/authz';
import type { Db } from '../../platform/db/database';

/** A real user row (audit entries point to it) holding the given grants, as an actor. */
export async function insertUser(db: Db, email: string, grants: RoleGrant[]): Promise<Actor> {
  const user = await db
    .insertInto('users')
    .values({ email, name: email, password_hash: 'scrypt$unused', created_at: new Date().toISOString(), disabled_at: null, last_sign_in_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { kind: 'user', userId: user.id, name: email, email, grants };
}

export const grant = (role: RoleGrant['role'], cooperationId: number | null = null): RoleGrant => ({
  role,
  cooperationId,
  authorityCode: null,
});
