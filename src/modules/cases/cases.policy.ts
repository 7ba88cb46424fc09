import { hasRole, isAdministrator, type Actor } from '../../platform/authz';

/**
 * Who may do what with meetings and cases (the meetings module uses the same rules).
 *
 * Writing: the cooperation's secretariat, administrators and the system.
 *
 * Reading: what a reader sees is decided by `visibleTo`, and every query strips the rest, so no page
 * or API route can forget it:
 * - 'all': the secretariat and the members of bodies of that cooperation (role `member` scoped to it)
 *   read everything, also papers and items that are not public and the exempt ones with their basis;
 *   they prepare and treat the cases.
 * - 'public': everyone else (anonymous, members of other cooperations) reads only public meetings,
 *   public agenda items, public case papers, and resolutions once the minutes are approved. An item
 *   that is not public shows only that it is exempt and its legal basis, never its title or text.
 */
export type Visibility = 'all' | 'public';

export function visibleTo(actor: Actor, cooperationId: number): Visibility {
  return canManageMeetings(actor, cooperationId) || hasRole(actor, 'member', { cooperationId }) ? 'all' : 'public';
}

export function canManageMeetings(actor: Actor, cooperationId: number): boolean {
  return isAdministrator(actor) || hasRole(actor, 'secretariat', { cooperationId });
}
