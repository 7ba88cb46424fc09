import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/context';

/**
 * The address of the connecting client, for throttling sign-in. Forwarded-for headers are not read:
 * anyone can write them, so they would let one client pose as many. (Behind a reverse proxy every
 * request then shares the proxy's address and the per-address limit applies to all together; the
 * per-account limit still holds.)
 */
export function clientIp(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No socket: the request came through app.request() (tests).
    return 'unknown';
  }
}
