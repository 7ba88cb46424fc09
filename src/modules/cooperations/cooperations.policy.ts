import { hasRole, isAdministrator, type Actor } from '../../platform/authz';

/** Creating a cooperation decides who runs it: administrators only (and system actors). */
export function canCreateCooperation(actor: Actor): boolean {
  return isAdministrator(actor);
}

/** Administrators, and the secretariat of this cooperation, keep it and its member list up to date. */
export function canEditCooperation(actor: Actor, cooperationId: number): boolean {
  return isAdministrator(actor) || hasRole(actor, 'secretariat', { cooperationId });
}
