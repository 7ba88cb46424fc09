/** Accounts: users, their roles, password sign-in, sessions and the audit trail reader. */
export { createUser, createUserCommand } from './commands/create-user';
export { grantRole, validateGrantScope } from './commands/grant-role';
export { revokeRole } from './commands/revoke-role';
export { disableUser } from './commands/disable-user';
export { signIn, type SignedIn } from './sign-in';
export { resolveSession, resolveSessionAt, signOut } from './sessions';
export { listAuditEvents, type AuditEvent, type AuditPage } from './queries/audit-events';
export { nameGrants, type NamedGrant } from './queries/grant-scopes';
export { listUsersWithGrants, type UserRecord } from './queries/list-users';
export { canManageUsers, canReadAuditTrail } from './accounts.policy';
export { AccountDisabledError, InvalidCredentialsError } from './accounts.errors';
export { hashPassword, needsRehash, verifyPassword, SCRYPT_PARAMS } from './password';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './accounts.schemas';
export { SIGN_IN_THROTTLE } from './sign-in-throttle';
export type { PresentedUser } from './accounts.presenter';
