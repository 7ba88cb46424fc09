import type { Context } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import type { AppEnv } from './context';

export const COOKIE = {
  session: 'samrad_session',
  csrf: 'samrad_csrf',
  textSize: 'samrad_text_size',
} as const;

/** Every cookie we set: HttpOnly, SameSite=Lax, Secure unless configured for plain http elsewhere. */
export function setAppCookie(c: Context<AppEnv>, name: string, value: string, maxAgeSeconds?: number): void {
  setCookie(c, name, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.config.secureCookies,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  });
}

export function clearAppCookie(c: Context<AppEnv>, name: string): void {
  deleteCookie(c, name, { path: '/', secure: c.var.config.secureCookies });
}
