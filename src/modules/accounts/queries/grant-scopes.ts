import type { RoleGrant } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { authorityNames, cooperationNames } from '../accounts.repository';

export interface NamedGrant extends RoleGrant {
  /** The cooperation's name, when the grant is limited to one. */
  cooperationName: string | null;
  /** The municipality's name, for a municipal clerk. */
  authorityName: string | null;
}

/** A user's grants with the names of what they are scoped to, for showing them in words. */
export async function nameGrants(db: Db, grants: readonly RoleGrant[]): Promise<NamedGrant[]> {
  const cooperationIds = [...new Set(grants.flatMap((g) => (g.cooperationId === null ? [] : [g.cooperationId])))];
  const authorityCodes = [...new Set(grants.flatMap((g) => (g.authorityCode === null ? [] : [g.authorityCode])))];
  const [cooperations, authorities] = await Promise.all([cooperationNames(db, cooperationIds), authorityNames(db, authorityCodes)]);
  return grants.map((g) => ({
    ...g,
    cooperationName: g.cooperationId === null ? null : (cooperations.get(g.cooperationId) ?? `#${g.cooperationId}`),
    authorityName: g.authorityCode === null ? null : (authorities.get(g.authorityCode) ?? g.authorityCode),
  }));
}
