import { createHash, randomBytes } from 'node:crypto';

/** The cookie carries 32 random bytes; the database keeps only their SHA-256, so a copy of it opens no session. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Tokens we issue are 43 base64url characters; anything else is not worth a database look-up. */
export function looksLikeSessionToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}
