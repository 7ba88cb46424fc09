import { isAdministrator, type Actor } from '../../platform/authz';

/** Accounts decide who may do everything else, so only administrators (and the CLI) manage them. */
export function canManageUsers(actor: Actor): boolean {
  return isAdministrator(actor);
}

/** The audit trail shows every change by everyone: administrators only. */
export function canReadAuditTrail(actor: Actor): boolean {
  return isAdministrator(actor);
}
