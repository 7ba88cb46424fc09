/**
 * Who is acting. Policies in each module decide what an actor may do; this file only says who it is.
 * Roles can be scoped to one cooperation and, for municipal clerks, to one municipality.
 */
export const ROLES = ['administrator', 'secretariat', 'member', 'municipal_clerk', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  cooperationId: number | null;
  authorityCode: string | null;
}

export type Actor =
  | { kind: 'user'; userId: number; name: string; email: string; grants: RoleGrant[] }
  | { kind: 'system'; label: 'cli' | 'seed' | 'job' }
  | { kind: 'anonymous' };

export const anonymous: Actor = { kind: 'anonymous' };
export const systemActor = (label: 'cli' | 'seed' | 'job'): Actor => ({ kind: 'system', label });

export function isAdministrator(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.grants.some((g) => g.role === 'administrator'));
}

/** True when the actor holds the role for this cooperation (an unscoped grant covers every cooperation). */
export function hasRole(actor: Actor, role: Role, scope: { cooperationId?: number; authorityCode?: string } = {}): boolean {
  if (isAdministrator(actor)) return true;
  if (actor.kind !== 'user') return false;
  return actor.grants.some(
    (g) =>
      g.role === role &&
      (g.cooperationId === null || scope.cooperationId === undefined || g.cooperationId === scope.cooperationId) &&
      (g.authorityCode === null || g.authorityCode === scope.authorityCode),
  );
}

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.email;
    case 'system':
      return actor.label;
    case 'anonymous':
      return 'anonymous';
  }
}
