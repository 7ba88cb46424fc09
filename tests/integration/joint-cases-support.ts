import { createUser, grantRole, signIn } from '../../src/modules/accounts';
import { findCaseByNumber } from '../../src/modules/cases';
import { getCooperationBySlug } from '../../src/modules/cooperations';
import { referJointCase, type ReferJointCaseInput } from '../../src/modules/joint-cases';
import { systemActor, type Actor, type RoleGrant } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import type { Db } from '../../src/platform/db/database';

// What the joint-case tests share: Vestregionen from the demo, real signed-in users, a fresh referral.

export const system = systemActor('cli');
const PASSWORD = 'correct horse battery staple';

export interface Session {
  actor: Actor;
  headers: Record<string, string>;
}

export async function vestregionen(db: Db) {
  const cooperation = await getCooperationBySlug(db, 'vestregionen');
  if (!cooperation) throw new Error('the demo is not loaded');
  const caseId = await findCaseByNumber(db, { cooperationId: cooperation.id, bodySlug: 'styringsgruppen', number: '03/2018' });
  if (caseId === null) throw new Error('Sak 03/2018 is missing from the demo');
  return { cooperationId: cooperation.id, caseId };
}

/** A real account with one role, signed in: the actor, and the cookie + CSRF header for requests. */
export async function signedIn(db: Db, email: string, grant: { role: 'secretariat' | 'municipal_clerk' | 'member'; cooperationId?: number; authorityCode?: string }): Promise<Session> {
  const user = await createUser(db, system, { email, name: email, password: PASSWORD });
  const scope = { cooperationId: grant.cooperationId ?? null, authorityCode: grant.authorityCode ?? null };
  await execute(db, grantRole, system, { userId: user.id, role: grant.role, ...scope });
  const session = await signIn(db, { email, password: PASSWORD, ip: '127.0.0.1' }, { sessionDays: 1 });
  const grants: RoleGrant[] = [{ role: grant.role, ...scope }];
  return {
    actor: { kind: 'user', userId: user.id, name: email, email, grants },
    headers: { cookie: `samrad_session=${session.token}`, 'x-csrf-token': session.csrfToken },
  };
}

/**
 * A fresh joint case of Sak 03/2018 to some Vestregionen members (defaults: Asker, Bærum, Lier; whole;
 * simple majority). Vestregionen ended in 2018, so the referral is dated in 2018 (the system may).
 */
export async function referFresh(db: Db, input: Partial<ReferJointCaseInput> = {}): Promise<number> {
  const { caseId } = await vestregionen(db);
  const { id } = await execute(db, referJointCase, system, {
    case_id: caseId,
    members: ['0220', '0219', '0626'],
    referred_on: '2018-03-16',
    deadline: '2099-05-30',
    proposal_mode: 'whole',
    outcome_rule: 'simple_majority',
    ...input,
  });
  return id;
}
