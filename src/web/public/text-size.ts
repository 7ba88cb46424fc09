import type { Context } from 'hono';
import { z } from 'zod';
import { TEXT_SIZES, type AppEnv, type TextSize } from '../../platform/http/context';
import { COOKIE, setAppCookie } from '../../platform/http/cookies';
import { parseQuery } from '../../platform/http/query';

const ONE_YEAR = 365 * 24 * 60 * 60;

const textSizeQuery = z.object({
  storrelse: z.enum(TEXT_SIZES as [TextSize, ...TextSize[]], 'must be normal, large or larger'),
  tilbake: z.string().optional(),
});

/** `GET /tekststorrelse?storrelse=large&tilbake=/vestregionen`: remember the size, go back. */
export function setTextSize(c: Context<AppEnv>) {
  const query = parseQuery(c, textSizeQuery);
  setAppCookie(c, COOKIE.textSize, query.storrelse, ONE_YEAR);
  c.header('Cache-Control', 'no-store');
  return c.redirect(localPathOr(query.tilbake, '/'), 303);
}

/**
 * `value` when it is a path on this site, else `fallback`: never `//host`, `/\host` (browsers read
 * both as another host), a scheme, or control characters, so the redirect cannot send anyone away.
 */
export function localPathOr(value: string | undefined, fallback: string): string {
  if (!value || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  // Resolving against a dummy origin must keep that origin, or the path named another site.
  try {
    const url = new URL(value, 'http://samrad.invalid');
    return url.origin === 'http://samrad.invalid' ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}
