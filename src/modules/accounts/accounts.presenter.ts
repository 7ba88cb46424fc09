import type { RoleGrant } from '../../platform/authz';
import type { Row } from '../../platform/db/schema';

/** A user as the audit trail and callers see it: never the password hash, not even redacted in place. */
export interface PresentedUser {
  id: number;
  email: string;
  name: string;
  createdAt: string;
  disabledAt: string | null;
}

export function presentUser(row: Row<'users'>): PresentedUser {
  return { id: row.id, email: row.email, name: row.name, createdAt: row.created_at, disabledAt: row.disabled_at };
}

export function presentGrant(row: Row<'user_roles'>): RoleGrant & { id: number; userId: number } {
  return {
    id: row.id,
    userId: row.user_id,
    role: row.role as RoleGrant['role'],
    cooperationId: row.cooperation_id,
    authorityCode: row.authority_code,
  };
}
