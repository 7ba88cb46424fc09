import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../platform/errors';
import type { Db } from '../../../platform/db/database';
import { ADMIN, MEMBER, insertActor, openTestDatabase } from '../accounts.test-support';
import { listUsersWithGrants } from './list-users';

let t: { db: Db; close(): Promise<void> };
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t?.close());

describe('the list of users', () => {
  it('shows administrators every user with their grants, in Norwegian order, and never a hash', async () => {
    const admin = await insertActor(t.db, 'orjan@example.no', ADMIN);
    await insertActor(t.db, 'aase@example.no', MEMBER);
    const users = await listUsersWithGrants(t.db, admin);
    expect(users.map((u) => u.email)).toContain('aase@example.no');
    expect(users.find((u) => u.email === 'aase@example.no')?.grants).toEqual(MEMBER);
    expect(JSON.stringify(users)).not.toContain('scrypt$');
  });

  it('is refused as not found to anyone else', async () => {
    const member = await insertActor(t.db, 'member@example.no', MEMBER);
    await expect(listUsersWithGrants(t.db, member)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listUsersWithGrants(t.db, { kind: 'anonymous' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
