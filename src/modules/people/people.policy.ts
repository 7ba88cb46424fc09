import { hasRole, isAdministrator, type Actor } from '../../platform/authz';

/** Administrators and the cooperation's own secretariat keep its bodies and seats. */
export function canManageBodies(actor: Actor, cooperationId: number): boolean {
  return isAdministrator(actor) || hasRole(actor, 'secretariat', { cooperationId });
}

/** Persons are not tied to one cooperation: any secretariat may record one for its seats. */
export function canCreatePerson(actor: Actor): boolean {
  return isAdministrator(actor) || hasRole(actor, 'secretariat');
}
