import { hasRole, isAdministrator, type Actor } from '../../platform/authz';

/** Administrators and the cooperation's own secretariat build, send and close its surveys. */
export function canManageSurveys(actor: Actor, cooperationId: number): boolean {
  return isAdministrator(actor) || hasRole(actor, 'secretariat', { cooperationId });
}

/** Only the demo loader (a system actor) may back-date an answer or mark it synthetic. */
export function maySetSeedFields(actor: Actor): boolean {
  return actor.kind === 'system';
}
