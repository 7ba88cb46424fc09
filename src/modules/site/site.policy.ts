import { hasRole, isAdministrator, type Actor } from '../../platform/authz';

/** A cooperation's website is kept by its editors and its secretariat (and administrators). */
export function canEditSite(actor: Actor, cooperationId: number): boolean {
  return isAdministrator(actor) || hasRole(actor, 'secretariat', { cooperationId }) || hasRole(actor, 'editor', { cooperationId });
}
