import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n';
import { TEXT_SIZES, type AppEnv, type TextSize } from './context';
import { COOKIE } from './cookies';

/**
 * The language is part of the URL (`/en/…`, `/nn/…`, bokmål without a prefix), so every page has
 * one address per language that can be linked, cached and indexed. The text size is a cookie set
 * by a plain form, so it persists without JavaScript.
 */
export function localeAndTextSize(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('locale', localeOfPath(c.req.path));
    const size = getCookie(c, COOKIE.textSize);
    c.set('textSize', TEXT_SIZES.includes(size as TextSize) ? (size as TextSize) : 'normal');
    await next();
  };
}

export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1];
  return first && first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The path of the same page in another language. */
export function pathInLocale(path: string, locale: Locale): string {
  const current = localeOfPath(path);
  const bare = current === DEFAULT_LOCALE ? path : path.slice(current.length + 1) || '/';
  return locale === DEFAULT_LOCALE ? bare : `/${locale}${bare === '/' ? '' : bare}`;
}

/** A link to `path` (written as for bokmål) in the reader's language. */
export function localHref(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path === '/' ? '' : path}`;
}
