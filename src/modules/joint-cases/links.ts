import { createHash, randomBytes } from 'node:crypto';

/** Personal recording links: `${baseUrl}/behandling/<token>`; only the token's SHA-256 is stored. */
export const RECORDING_LINK_PREFIX = '/behandling/';

export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function recordingLinkUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${RECORDING_LINK_PREFIX}${token}`;
}

const DAY_MS = 86_400_000;

/** A link lasts `validDays` (default 21), and never ends before the deadline + 7 days (end of that day, UTC). */
export function linkExpiry(now: Date, deadline: string, validDays = 21): string {
  const byDays = now.getTime() + validDays * DAY_MS;
  const afterDeadline = Date.parse(`${deadline}T23:59:59.000Z`) + 7 * DAY_MS;
  return new Date(Math.max(byDays, afterDeadline)).toISOString();
}
