import { hasRole, isAdministrator, type Actor } from '../../platform/authz';

/** The cooperation's secretariat keeps its archive; administrators keep every archive. */
export function canManageArchive(actor: Actor, cooperationId: number): boolean {
  return isAdministrator(actor) || hasRole(actor, 'secretariat', { cooperationId });
}

/**
 * Who may read the cooperation's internal (non-public) documents: its secretariat and the members
 * of its bodies. The public sees only public documents.
 */
export function canSeeInternalDocuments(actor: Actor, cooperationId: number): boolean {
  return canManageArchive(actor, cooperationId) || hasRole(actor, 'member', { cooperationId });
}
