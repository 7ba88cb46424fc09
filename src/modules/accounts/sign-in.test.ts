import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/authz';
import { execute } from '../../platform/command';
import type { Db } from '../../platform/db/database';
import { TooManyRequestsError } from '../../platform/errors';
import { AccountDisabledError, InvalidCredentialsError } from './accounts.errors';
import { openTestDatabase } from './accounts.test-support';
import { createUser } from './commands/create-user';
import { disableUser } from './commands/disable-user';
import { grantRole } from './commands/grant-role';
import { resolveSession, resolveSessionAt, signOut } from './sessions';
import { signIn } from './sign-in';

let db: Db;
let close: () => Promise<void>;
const PASSWORD = 'Styringsgruppen 15. mars';
const options = { sessionDays: 14 };

beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
});
afterAll(() => close());

let n = 0;
async function newUser(): Promise<{ id: number; email: string }> {
  const user = await createUser(db, systemActor('cli'), { email: `bruker${++n}@example.test`, name: `Bruker ${n}`, password: PASSWORD });
  return { id: user.id, email: user.email };
}

async function attempts(email: string) {
  return db.selectFrom('sign_in_attempts').selectAll().where('email', '=', email).orderBy('id').execute();
}

describe('signIn', () => {
  it('opens a session whose token is stored only as its SHA-256', async () => {
    const user = await newUser();
    const signedIn = await signIn(db, { email: user.email.toUpperCase(), password: PASSWORD, ip: '10.0.0.1' }, options);
    expect(signedIn.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signedIn.maxAgeSeconds).toBe(14 * 24 * 3600);
    const row = await db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.id).toBe(signedIn.sessionId);
    expect(row.id).not.toContain(signedIn.token);
    expect(row.id).toMatch(/^[0-9a-f]{64}$/);
    expect(row.csrf_token).toBe(signedIn.csrfToken);
    expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(14 * 24 * 3600 * 1000);
    expect((await attempts(user.email)).map((a) => a.succeeded)).toEqual([1]);
    const stored = await db.selectFrom('users').select('last_sign_in_at').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(stored.last_sign_in_at).not.toBeNull();
  });

  it('gives the same error for a wrong password and an unknown address, and records both', async () => {
    const user = await newUser();
    const wrong = await signIn(db, { email: user.email, password: 'feil passord her', ip: '10.0.0.2' }, options).catch((e) => e);
    const unknown = await signIn(db, { email: 'ingen@example.test', password: PASSWORD, ip: '10.0.0.2' }, options).catch((e) => e);
    expect(wrong).toBeInstanceOf(InvalidCredentialsError);
    expect(unknown).toBeInstanceOf(InvalidCredentialsError);
    expect(wrong.message).toBe(unknown.message);
    expect((await attempts(user.email)).map((a) => a.succeeded)).toEqual([0]);
    expect((await attempts('ingen@example.test')).map((a) => a.succeeded)).toEqual([0]);
  });

  it('refuses the sixth attempt after five failures for one address, with the time to wait', async () => {
    const user = await newUser();
    const start = new Date('2018-03-15T09:00:00.000Z');
    for (let i = 0; i < 5; i++) {
      const at = new Date(start.getTime() + i * 60_000);
      await expect(signIn(db, { email: user.email, password: `feil nummer ${i}`, ip: `10.1.0.${i}` }, { ...options, now: at })).rejects.toBeInstanceOf(InvalidCredentialsError);
    }
    // Even the right password is refused now, and the refusal is recorded as a failure.
    const sixth = await signIn(db, { email: user.email, password: PASSWORD, ip: '10.1.0.9' }, { ...options, now: new Date(start.getTime() + 5 * 60_000) }).catch((e) => e);
    expect(sixth).toBeInstanceOf(TooManyRequestsError);
    expect(sixth.status).toBe(429);
    // The first failure (09:00) leaves the 15-minute window at 09:15; it is now 09:05.
    expect(sixth.retryAfterSeconds).toBe(10 * 60);
    expect((await attempts(user.email)).map((a) => a.succeeded)).toEqual([0, 0, 0, 0, 0, 0]);

    // After a quiet quarter of an hour the right password works again.
    const later = new Date(start.getTime() + 21 * 60_000);
    await expect(signIn(db, { email: user.email, password: PASSWORD, ip: '10.1.0.9' }, { ...options, now: later })).resolves.toMatchObject({ user: { id: user.id } });
  });

  it('refuses an IP address after 20 failures, whatever the address tried', async () => {
    const now = new Date('2018-06-14T12:00:00.000Z');
    for (let i = 0; i < 20; i++) {
      await db.insertInto('sign_in_attempts').values({ email: `gjett${i}@example.test`, ip: '192.0.2.7', attempted_at: now.toISOString(), succeeded: 0 }).execute();
    }
    const user = await newUser();
    const refused = await signIn(db, { email: user.email, password: PASSWORD, ip: '192.0.2.7' }, { ...options, now: new Date(now.getTime() + 1000) }).catch((e) => e);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    await expect(signIn(db, { email: user.email, password: PASSWORD, ip: '192.0.2.8' }, { ...options, now })).resolves.toBeTruthy();
  });

  it('refuses a disabled user, but only after the right password', async () => {
    const user = await newUser();
    await execute(db, disableUser, systemActor('cli'), { userId: user.id });
    await expect(signIn(db, { email: user.email, password: 'feil passord her', ip: '10.0.0.3' }, options)).rejects.toBeInstanceOf(InvalidCredentialsError);
    await expect(signIn(db, { email: user.email, password: PASSWORD, ip: '10.0.0.3' }, options)).rejects.toBeInstanceOf(AccountDisabledError);
  });

  it('stores a new hash when the old one was made with weaker parameters', async () => {
    const user = await newUser();
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const weak = `scrypt$16384$8$1$${salt.toString('base64url')}$${scryptSync(PASSWORD, salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64url')}`;
    await db.updateTable('users').set({ password_hash: weak }).where('id', '=', user.id).execute();
    await signIn(db, { email: user.email, password: PASSWORD, ip: '10.0.0.4' }, options);
    const row = await db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
  });
});

describe('sessions', () => {
  it('resolve to the user with their roles, until signed out', async () => {
    const user = await newUser();
    await execute(db, grantRole, systemActor('cli'), { userId: user.id, role: 'administrator' });
    const { token, sessionId, csrfToken } = await signIn(db, { email: user.email, password: PASSWORD, ip: '10.0.0.5' }, options);
    const session = await resolveSession(db, token);
    expect(session).toEqual({
      sessionId,
      csrfToken,
      actor: { kind: 'user', userId: user.id, name: expect.any(String), email: user.email, grants: [{ role: 'administrator', cooperationId: null, authorityCode: null }] },
    });
    await signOut(db, sessionId);
    expect(await resolveSession(db, token)).toBeNull();
  });

  it('ignore tokens that are not ours', async () => {
    expect(await resolveSession(db, 'nonsense')).toBeNull();
    expect(await resolveSession(db, 'A'.repeat(43))).toBeNull();
  });

  it('expire, and an expired session is deleted when it is met', async () => {
    const user = await newUser();
    const start = new Date('2018-03-01T08:00:00.000Z');
    const { token, sessionId } = await signIn(db, { email: user.email, password: PASSWORD, ip: '10.0.0.6' }, { sessionDays: 1, now: start });
    expect(await resolveSessionAt(db, token, new Date(start.getTime() + 23 * 3600_000))).not.toBeNull();
    expect(await resolveSessionAt(db, token, new Date(start.getTime() + 24 * 3600_000))).toBeNull();
    expect(await db.selectFrom('sessions').select('id').where('id', '=', sessionId).executeTakeFirst()).toBeUndefined();
  });

  it('note when they were last seen, at most once a minute', async () => {
    const user = await newUser();
    const start = new Date(Date.now() - 1000);
    const { token, sessionId } = await signIn(db, { email: user.email, password: PASSWORD, ip: '10.0.0.7' }, { ...options, now: start });
    const lastSeen = async () => (await db.selectFrom('sessions').select('last_seen_at').where('id', '=', sessionId).executeTakeFirstOrThrow()).last_seen_at;
    await resolveSessionAt(db, token, new Date(start.getTime() + 30_000));
    expect(await lastSeen()).toBe(start.toISOString());
    await resolveSessionAt(db, token, new Date(start.getTime() + 61_000));
    expect(await lastSeen()).toBe(new Date(start.getTime() + 61_000).toISOString());
  });

  it('end when the user is disabled', async () => {
    const user = await newUser();
    const { token } = await signIn(db, { email: user.email, password: PASSWORD, ip: '10.0.0.8' }, options);
    await db.updateTable('users').set({ disabled_at: new Date().toISOString() }).where('id', '=', user.id).execute();
    expect(await resolveSession(db, token)).toBeNull();
  });

  it('that have expired are swept away by the next sign-in', async () => {
    const user = await newUser();
    await signIn(db, { email: user.email, password: PASSWORD, ip: '10.0.0.9' }, { sessionDays: 1, now: new Date('2018-01-01T00:00:00.000Z') });
    await signIn(db, { email: user.email, password: PASSWORD, ip: '10.0.0.9' }, options);
    const left = await db.selectFrom('sessions').select('expires_at').where('user_id', '=', user.id).execute();
    expect(left).toHaveLength(1);
    expect(Date.parse(left[0]!.expires_at)).toBeGreaterThan(Date.now());
  });
});
