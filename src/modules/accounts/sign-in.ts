import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Db } from '../../platform/db/database';
import type { Database } from '../../platform/db/schema';
import { TooManyRequestsError, ValidationError, fieldErrorsFromZod } from '../../platform/errors';
import { AccountDisabledError, InvalidCredentialsError } from './accounts.errors';
import { deleteSessionsExpiredBy, deleteSignInAttemptsBefore, findUserByEmail, insertSession, recordSignInAttempt, updateUser } from './accounts.repository';
import { signInInput } from './accounts.schemas';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password';
import { newCsrfToken, newSessionToken, sessionIdOf } from './session-token';
import { signInRetryAfter } from './sign-in-throttle';

export interface SignedIn {
  /** Goes in the session cookie and nowhere else; the database never sees it. */
  token: string;
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
  /** For the cookie's Max-Age, so the browser forgets the cookie when the session ends. */
  maxAgeSeconds: number;
  user: { id: number; name: string; email: string };
}

/** Sign-in attempts are kept this long, for looking into an attack afterwards; the throttle needs 15 minutes. */
const ATTEMPTS_KEPT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Checks an e-mail address and password and opens a session. Every attempt is recorded, and too many
 * failures refuse further attempts for a while. An unknown address and a wrong password get the same
 * error after the same amount of work, so neither the answer nor its timing tells which accounts exist.
 */
export async function signIn(
  db: Db,
  input: z.input<typeof signInInput>,
  options: { sessionDays: number; now?: Date },
): Promise<SignedIn> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error.issues));
  const { email, password, ip } = parsed.data;
  const now = options.now ?? new Date();
  const attempt = (succeeded: boolean, executor: Kysely<Database> = db) =>
    recordSignInAttempt(executor, { email, ip, attempted_at: now.toISOString(), succeeded: succeeded ? 1 : 0 });

  const retryAfter = await signInRetryAfter(db, email, ip, now);
  if (retryAfter !== null) {
    // Refused attempts count too: someone who keeps guessing stays locked out until they stop.
    await attempt(false);
    const minutes = Math.ceil(retryAfter / 60);
    throw new TooManyRequestsError(`Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, retryAfter);
  }

  const user = await findUserByEmail(db, email);
  if (!user) {
    await verifyAgainstDummy(password);
    await attempt(false);
    throw new InvalidCredentialsError();
  }
  if (!(await verifyPassword(password, user.password_hash))) {
    await attempt(false);
    throw new InvalidCredentialsError();
  }
  if (user.disabled_at) {
    await attempt(false);
    throw new AccountDisabledError();
  }

  // The password is right, so this is the moment to store it with today's parameters if they changed.
  const newHash = needsRehash(user.password_hash) ? await hashPassword(password) : null;
  const token = newSessionToken();
  const sessionId = sessionIdOf(token);
  const csrfToken = newCsrfToken();
  const maxAgeSeconds = options.sessionDays * 24 * 60 * 60;
  const expiresAt = new Date(now.getTime() + maxAgeSeconds * 1000).toISOString();
  await db.transaction().execute(async (trx) => {
    await attempt(true, trx);
    await insertSession(trx, {
      id: sessionId,
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      last_seen_at: now.toISOString(),
    });
    await updateUser(trx, user.id, { last_sign_in_at: now.toISOString(), ...(newHash ? { password_hash: newHash } : {}) });
  });
  // Housekeeping on a quiet path: a successful sign-in is rare enough and cheap to extend.
  await deleteSessionsExpiredBy(db, now.toISOString());
  await deleteSignInAttemptsBefore(db, new Date(now.getTime() - ATTEMPTS_KEPT_DAYS * DAY_MS).toISOString());

  return { token, sessionId, csrfToken, expiresAt, maxAgeSeconds, user: { id: user.id, name: user.name, email: user.email } };
}
