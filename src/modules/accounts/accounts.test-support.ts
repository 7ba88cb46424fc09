import type { Actor, RoleGrant } from '../../platform/authz';
import type { Db } from '../../platform/db/database';
import { createTestDatabase } from '../../../tests/support/test-database';

/** A fresh database with the register loaded (SQLite, or PostgreSQL when DATABASE_URL is set). */
export async function openTestDatabase(): Promise<{ db: Db; close(): Promise<void> }> {
  return createTestDatabase();
}

/** A cooperation for grants to point to (the demo data is not loaded in these tests). */
export async function insertScopeFixtures(db: Db): Promise<{ cooperationId: number }> {
  // Asker (0220) and Akershus (02) come from the shipped register.
  const now = new Date().toISOString();
  const cooperation = await db
    .insertInto('cooperations')
    .values({
      slug: 'vestregionen',
      name: 'Vestregionen',
      short_name: null,
      legal_form: 'section_27',
      legal_basis: null,
      purpose: '{}',
      host_code: null,
      head_office_code: null,
      status: 'active',
      established_on: null,
      ended_on: null,
      source_note: '{}',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { cooperationId: cooperation.id };
}

/** A real user row (audit entries point to it) holding the given grants, as an actor. */
export async function insertActor(db: Db, email: string, grants: RoleGrant[]): Promise<Actor & { kind: 'user' }> {
  const user = await db
    .insertInto('users')
    .values({ email, name: email.split('@')[0]!, password_hash: 'scrypt$unused', created_at: new Date().toISOString(), disabled_at: null, last_sign_in_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const g of grants) {
    await db.insertInto('user_roles').values({ user_id: user.id, role: g.role, cooperation_id: g.cooperationId, authority_code: g.authorityCode }).execute();
  }
  return { kind: 'user', userId: user.id, name: email.split('@')[0]!, email, grants };
}

export const ADMIN: RoleGrant[] = [{ role: 'administrator', cooperationId: null, authorityCode: null }];
export const MEMBER: RoleGrant[] = [{ role: 'member', cooperationId: null, authorityCode: null }];
