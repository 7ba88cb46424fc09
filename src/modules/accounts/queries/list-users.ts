import type { Actor, RoleGrant } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { NotFoundError } from '../../../platform/errors';
import { norwegianCollator } from '../../../platform/i18n';
import { canManageUsers } from '../accounts.policy';
import { allUsersAndGrants } from '../accounts.repository';

export interface UserRecord {
  id: number;
  email: string;
  name: string;
  createdAt: string;
  disabledAt: string | null;
  grants: RoleGrant[];
}

/** Every user (never the password hash) with their grants, by name in Norwegian order. */
export async function listUsersWithGrants(db: Db, actor: Actor): Promise<UserRecord[]> {
  // Refused as "not found", like the page, so the list's existence reveals nothing.
  if (!canManageUsers(actor)) throw new NotFoundError();
  const [users, grants] = await allUsersAndGrants(db);
  return users
    .map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      createdAt: user.created_at,
      disabledAt: user.disabled_at,
      grants: grants
        .filter((g) => g.user_id === user.id)
        .map((g) => ({ role: g.role as RoleGrant['role'], cooperationId: g.cooperation_id, authorityCode: g.authority_code })),
    }))
    .sort((a, b) => norwegianCollator.compare(a.name, b.name) || a.email.localeCompare(b.email));
}
