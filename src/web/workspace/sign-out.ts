import type { Context } from 'hono';
import { signOut } from '../../modules/accounts';
import type { AppEnv } from '../../platform/http/context';
import { COOKIE, clearAppCookie } from '../../platform/http/cookies';
import { pageContext } from '../page-context';

/** `POST /logg-ut`: ends the session on the server (not only in this browser) and goes to the front page. */
export async function signOutSubmit(c: Context<AppEnv>) {
  const p = pageContext(c);
  if (c.var.sessionId) await signOut(c.var.db, c.var.sessionId);
  clearAppCookie(c, COOKIE.session);
  return c.redirect(p.href('/'), 303);
}
