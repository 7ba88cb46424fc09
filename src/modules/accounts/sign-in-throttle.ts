import type { Db } from '../../platform/db/database';
import { recentFailures } from './accounts.repository';

/**
 * Slows down password guessing: after 5 failed attempts for one address, or 20 from one IP address,
 * within 15 minutes, further attempts are refused until the oldest of those failures is 15 minutes old.
 */
export const SIGN_IN_THROTTLE = { windowSeconds: 15 * 60, failuresPerEmail: 5, failuresPerIp: 20 } as const;

/** Seconds to wait before the next attempt may be made, or null when it may be made now. */
export async function signInRetryAfter(db: Db, email: string, ip: string, now: Date): Promise<number | null> {
  const { windowSeconds, failuresPerEmail, failuresPerIp } = SIGN_IN_THROTTLE;
  const since = new Date(now.getTime() - windowSeconds * 1000).toISOString();
  const [byEmail, byIp] = await Promise.all([
    recentFailures(db, { email }, since, failuresPerEmail),
    recentFailures(db, { ip }, since, failuresPerIp),
  ]);
  const waits = [waitFor(byEmail, failuresPerEmail), waitFor(byIp, failuresPerIp)].filter((wait) => wait !== null);
  return waits.length === 0 ? null : Math.max(...waits);

  function waitFor(failures: string[], limit: number): number | null {
    if (failures.length < limit) return null;
    // The limit is reached until the limit-th newest failure leaves the window.
    const freedAt = new Date(failures[limit - 1]!).getTime() + windowSeconds * 1000;
    return Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
  }
}
