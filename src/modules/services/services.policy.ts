import { hasRole, isAdministrator, type Actor } from '../../platform/authz';

/** Administrators and the cooperation's own secretariat keep its services, keys and mergers. */
export function canManageServices(actor: Actor, cooperationId: number): boolean {
  return isAdministrator(actor) || hasRole(actor, 'secretariat', { cooperationId });
}

