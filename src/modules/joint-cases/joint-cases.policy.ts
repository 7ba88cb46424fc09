import { hasRole, isAdministrator, type Actor } from '../../platform/authz';

/**
 * Who may do what with joint cases.
 * - The cooperation's secretariat (and administrators, the system) refer, publish, send links, and
 *   record for any council.
 * - A municipal clerk records for the councils of exactly the municipality the role is scoped to.
 * - Anyone holding a valid personal link records for exactly that link's council (checked in the command).
 * - Everyone else reads published joint cases only.
 */
export function canManageJointCases(actor: Actor, cooperationId: number): boolean {
  return isAdministrator(actor) || hasRole(actor, 'secretariat', { cooperationId });
}

/** A clerk's role must be scoped to this municipality: an unscoped clerk grant records for nobody. */
export function mayRecordAsClerk(actor: Actor, memberCode: string): boolean {
  if (actor.kind !== 'user') return false;
  return actor.grants.some((g) => g.role === 'municipal_clerk' && g.authorityCode === memberCode);
}

/** Who reads unpublished joint cases: the secretariat, members of the cooperation's bodies, and clerks of a referred member. */
export function mayReadUnpublished(actor: Actor, cooperationId: number, memberCodes: string[]): boolean {
  return canManageJointCases(actor, cooperationId) || hasRole(actor, 'member', { cooperationId }) || memberCodes.some((code) => mayRecordAsClerk(actor, code));
}
