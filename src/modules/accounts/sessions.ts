import type { Db } from '../../platform/db/database';
import type { ResolvedSession, SessionResolver } from '../../platform/http/session';
import { deleteSession, findSessionWithUser, listGrants, touchSession } from './accounts.repository';
import { looksLikeSessionToken, sessionIdOf } from './session-token';

/** `last_seen_at` is written at most this often, so reading pages does not turn into a write per request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/**
 * The session cookie's token → the signed-in user with their roles, or null when the session is
 * unknown, expired or belongs to a disabled user. An expired session found on the way is deleted.
 */
export const resolveSession: SessionResolver = (db, token) => resolveSessionAt(db, token, new Date());

/** `resolveSession` at a given moment (tests move the clock). */
export async function resolveSessionAt(db: Db, token: string, now: Date): Promise<ResolvedSession | null> {
  if (!looksLikeSessionToken(token)) return null;
  const row = await findSessionWithUser(db, sessionIdOf(token));
  if (!row) return null;
  if (new Date(row.expiresAt).getTime() <= now.getTime() || row.disabledAt) {
    await deleteSession(db, row.sessionId);
    return null;
  }
  if (now.getTime() - new Date(row.lastSeenAt).getTime() >= TOUCH_INTERVAL_MS) {
    await touchSession(db, row.sessionId, now.toISOString());
  }
  const grants = (await listGrants(db, row.userId)).map(({ role, cooperationId, authorityCode }) => ({ role, cooperationId, authorityCode }));
  return {
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    actor: { kind: 'user', userId: row.userId, name: row.name, email: row.email, grants },
  };
}

export async function signOut(db: Db, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}
