import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/authz';
import { execute } from '../../../platform/command';
import type { Db } from '../../../platform/db/database';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../platform/errors';
import { ADMIN, MEMBER, insertActor, insertScopeFixtures, openTestDatabase } from '../accounts.test-support';
import { listAuditEvents } from '../queries/audit-events';
import { createUser } from './create-user';
import { disableUser } from './disable-user';
import { grantRole } from './grant-role';
import { revokeRole } from './revoke-role';

let db: Db;
let close: () => Promise<void>;
let cooperationId: number;

beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
  ({ cooperationId } = await insertScopeFixtures(db));
});
afterAll(() => close());

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('createUser', () => {
  it('stores the address lower-cased and the password only as a hash', async () => {
    const user = await createUser(db, systemActor('cli'), { email: '  Kari.Sekretariat@Asker.Kommune.NO ', name: 'Sekretariatet', password: 'et langt passord 2018' });
    expect(user.email).toBe('kari.sekretariat@asker.kommune.no');
    const row = await db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(row.password_hash).not.toContain('et langt passord');
  });

  it('names each field that is wrong', async () => {
    const errors = await fieldErrorsOf(createUser(db, systemActor('cli'), { email: 'not an address', name: ' ', password: 'kort' }));
    expect(Object.keys(errors).sort()).toEqual(['email', 'name', 'password']);
    expect(errors.password![0]).toContain('at least 12 characters');
  });

  it('refuses passwords longer than 256 characters', async () => {
    const errors = await fieldErrorsOf(createUser(db, systemActor('cli'), { email: 'lang@example.test', name: 'Lang', password: 'x'.repeat(257) }));
    expect(errors.password![0]).toContain('at most 256');
  });

  it('refuses an address that is already in use, in any case, as a field error on email', async () => {
    await createUser(db, systemActor('cli'), { email: 'dup@example.test', name: 'Første', password: 'et langt passord 2018' });
    const errors = await fieldErrorsOf(createUser(db, systemActor('cli'), { email: 'DUP@example.test', name: 'Andre', password: 'et langt passord 2018' }));
    expect(errors.email![0]).toContain('already used');
  });

  it('is for administrators only', async () => {
    const member = await insertActor(db, 'member-create@example.test', MEMBER);
    await expect(createUser(db, member, { email: 'x@example.test', name: 'X', password: 'et langt passord 2018' })).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await insertActor(db, 'admin-create@example.test', ADMIN);
    await expect(createUser(db, admin, { email: 'y@example.test', name: 'Y', password: 'et langt passord 2018' })).resolves.toMatchObject({ email: 'y@example.test' });
  });
});

describe('grantRole and revokeRole', () => {
  let userId: number;
  beforeAll(async () => {
    userId = (await insertActor(db, 'clerk@example.test', [])).userId;
  });

  it('requires a municipality number for a municipal clerk', async () => {
    const errors = await fieldErrorsOf(execute(db, grantRole, systemActor('cli'), { userId, role: 'municipal_clerk' }));
    expect(errors.authorityCode![0]).toContain('required for a municipal clerk');
  });

  it('refuses a county, or an unknown number, as a clerk’s municipality', async () => {
    const county = await fieldErrorsOf(execute(db, grantRole, systemActor('cli'), { userId, role: 'municipal_clerk', authorityCode: '02' }));
    expect(county.authorityCode![0]).toContain('four digits');
    const unknown = await fieldErrorsOf(execute(db, grantRole, systemActor('cli'), { userId, role: 'municipal_clerk', authorityCode: '9999' }));
    expect(unknown.authorityCode![0]).toContain('not');
  });

  it('refuses a municipality for any other role, and a cooperation scope for an administrator', async () => {
    const secretariat = await fieldErrorsOf(execute(db, grantRole, systemActor('cli'), { userId, role: 'secretariat', authorityCode: '0220' }));
    expect(secretariat.authorityCode![0]).toContain('only a municipal clerk');
    const admin = await fieldErrorsOf(execute(db, grantRole, systemActor('cli'), { userId, role: 'administrator', cooperationId }));
    expect(admin.cooperationId![0]).toContain('never limited');
  });

  it('grants a scoped role once, and revokes it', async () => {
    const grant = await execute(db, grantRole, systemActor('cli'), { userId, role: 'municipal_clerk', authorityCode: '0220', cooperationId });
    expect(grant).toMatchObject({ role: 'municipal_clerk', authorityCode: '0220', cooperationId });
    const again = await execute(db, grantRole, systemActor('cli'), { userId, role: 'municipal_clerk', authorityCode: '0220', cooperationId });
    expect(again.id).toBe(grant.id);
    const rows = await db.selectFrom('user_roles').selectAll().where('user_id', '=', userId).execute();
    expect(rows).toHaveLength(1);

    await execute(db, revokeRole, systemActor('cli'), { userId, role: 'municipal_clerk', authorityCode: '0220', cooperationId });
    expect(await db.selectFrom('user_roles').selectAll().where('user_id', '=', userId).execute()).toHaveLength(0);
    await expect(execute(db, revokeRole, systemActor('cli'), { userId, role: 'municipal_clerk', authorityCode: '0220', cooperationId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses an unknown cooperation and an unknown user', async () => {
    const errors = await fieldErrorsOf(execute(db, grantRole, systemActor('cli'), { userId, role: 'member', cooperationId: 4242 }));
    expect(errors.cooperationId![0]).toContain('4242');
    await expect(execute(db, grantRole, systemActor('cli'), { userId: 4242, role: 'member' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('is for administrators only', async () => {
    const member = await insertActor(db, 'member-grant@example.test', MEMBER);
    await expect(execute(db, grantRole, member, { userId: member.userId, role: 'administrator' })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('disableUser', () => {
  it('disables another user and ends their sessions', async () => {
    const admin = await insertActor(db, 'admin-disable@example.test', ADMIN);
    const target = await insertActor(db, 'target@example.test', []);
    await db.insertInto('sessions').values({ id: 'x'.repeat(64), user_id: target.userId, csrf_token: 't', created_at: '2018-01-01T00:00:00.000Z', expires_at: '2999-01-01T00:00:00.000Z', last_seen_at: '2018-01-01T00:00:00.000Z' }).execute();
    const result = await execute(db, disableUser, admin, { userId: target.userId });
    expect(result.disabledAt).not.toBeNull();
    expect(await db.selectFrom('sessions').selectAll().where('user_id', '=', target.userId).execute()).toHaveLength(0);
  });

  it('does not let an administrator disable their own account', async () => {
    const admin = await insertActor(db, 'admin-self@example.test', ADMIN);
    const errors = await fieldErrorsOf(execute(db, disableUser, admin, { userId: admin.userId }));
    expect(errors.userId![0]).toContain('your own account');
  });
});

describe('audit trail', () => {
  it('records every change with its actor, and never a password or its hash', async () => {
    const admin = await insertActor(db, 'admin-audit@example.test', ADMIN);
    const password = 'hemmelig passord som ikke skal lagres';
    const user = await createUser(db, admin, { email: 'audited@example.test', name: 'Revidert', password });
    await execute(db, grantRole, admin, { userId: user.id, role: 'member', cooperationId });

    const rows = await db.selectFrom('audit_events').selectAll().where('entity_id', '=', String(user.id)).where('entity_type', '=', 'user').orderBy('id').execute();
    expect(rows.map((r) => [r.action, r.actor_user_id, r.actor_label])).toEqual([
      ['user.create', admin.userId, 'admin-audit@example.test'],
      ['user.grant_role', admin.userId, 'admin-audit@example.test'],
    ]);
    const hash = (await db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow()).password_hash;
    const everything = JSON.stringify(await db.selectFrom('audit_events').selectAll().execute());
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(hash);
    expect(everything).not.toContain('scrypt$');
    expect(everything).not.toContain('password');
  });

  it('records nothing when the command fails', async () => {
    const before = await db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await fieldErrorsOf(execute(db, grantRole, systemActor('cli'), { userId: 1, role: 'member', cooperationId: 4242 }));
    const after = await db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('is read by administrators only, newest first, a page at a time', async () => {
    const admin = await insertActor(db, 'admin-reader@example.test', ADMIN);
    const member = await insertActor(db, 'member-reader@example.test', MEMBER);
    await expect(listAuditEvents(db, member, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAuditEvents(db, { kind: 'anonymous' }, {})).rejects.toBeInstanceOf(ForbiddenError);

    const all = await listAuditEvents(db, admin, { limit: 500 });
    expect(all.total).toBe(all.rows.length);
    expect(all.total).toBeGreaterThan(3);
    const ids = all.rows.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const page2 = await listAuditEvents(db, admin, { page: 2, limit: 2 });
    expect(page2.rows.map((r) => r.id)).toEqual(ids.slice(2, 4));
    expect(page2.total).toBe(all.total);

    const grants = await listAuditEvents(db, admin, { action: 'user.grant_role' });
    expect(grants.rows.every((r) => r.action === 'user.grant_role')).toBe(true);
    expect(grants.rows[0]!.after).toMatchObject({ role: 'member', cooperationId });
  });
});
