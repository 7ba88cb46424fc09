import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { anonymous, type Actor } from '../authz';
import type { Db } from '../db/database';
import type { AppEnv } from './context';
import { COOKIE, clearAppCookie } from './cookies';

export interface ResolvedSession {
  sessionId: string;
  actor: Actor;
  csrfToken: string;
}

/** How a session cookie becomes an actor; the accounts module supplies it, so the platform knows no users. */
export type SessionResolver = (db: Db, token: string) => Promise<ResolvedSession | null>;

export function sessionMiddleware(resolve: SessionResolver): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', anonymous);
    c.set('sessionId', null);
    c.set('csrfToken', '');
    const token = getCookie(c, COOKIE.session);
    if (token) {
      const session = await resolve(c.var.db, token);
      if (session) {
        c.set('actor', session.actor);
        c.set('sessionId', session.sessionId);
        c.set('csrfToken', session.csrfToken);
      } else {
        clearAppCookie(c, COOKIE.session);
      }
    }
    await next();
    // Pages for a signed-in user must never be stored by a shared cache; responses that chose their
    // own caching (fingerprinted assets) are the same for everyone and keep it.
    if (c.var.actor.kind === 'user' && !c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'private, no-store');
  };
}
