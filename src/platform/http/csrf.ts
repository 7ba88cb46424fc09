import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrf as originCheck } from 'hono/csrf';
import { ForbiddenError } from '../errors';
import type { AppEnv } from './context';
import { COOKIE, setAppCookie } from './cookies';

export const CSRF_FIELD = '_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Two locks on every form post: the browser's Origin must be ours (Hono's check), and the form must
 * carry the token of this browser (the session's token when signed in, else a cookie's: double submit).
 * The session middleware runs first and may already have set `csrfToken`.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  const checkOrigin = originCheck();
  return async (c, next) => {
    if (!c.var.csrfToken) {
      let token = getCookie(c, COOKIE.csrf);
      if (!token || !/^[A-Za-z0-9_-]{32,}$/.test(token)) {
        token = randomBytes(24).toString('base64url');
        setAppCookie(c, COOKIE.csrf, token);
      }
      c.set('csrfToken', token);
    }
    if (!UNSAFE.has(c.req.method)) return next();
    return checkOrigin(c, async () => {
      // JSON API writes authenticate with a bearer token, which a foreign page cannot send.
      if (c.req.path.startsWith('/api/')) return next();
      const sent = c.req.header('x-csrf-token') ?? (await formField(c, CSRF_FIELD));
      if (!sent || !sameToken(sent, c.var.csrfToken)) {
        throw new ForbiddenError('The form has expired or did not come from this site. Reload the page and try again.');
      }
      await next();
    });
  };
}

/** Hono keeps the parsed body, so the handler's own `parseBody()` reads it again for free. */
async function formField(c: Context<AppEnv>, name: string): Promise<string | null> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data')) return null;
  const value = (await c.req.parseBody())[name];
  return typeof value === 'string' ? value : null;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
