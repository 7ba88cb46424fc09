import type { Context } from 'hono';
import type { Actor } from '../platform/authz';
import type { AppEnv, TextSize } from '../platform/http/context';
import { localHref } from '../platform/http/locale';
import type { Locale } from '../platform/i18n';

/** What a page needs to know about the request it answers; handlers build it once with `pageContext(c)`. */
export interface PageContext {
  locale: Locale;
  /** The request path, with its language prefix. */
  path: string;
  /** The request path and query, for links back to this page (text size, language). */
  url: string;
  actor: Actor;
  csrfToken: string;
  textSize: TextSize;
  /** `href('/vestregionen')` → the same path in the reader's language. */
  href(path: string): string;
}

export function pageContext(c: Context<AppEnv>): PageContext {
  const locale = c.var.locale;
  const url = new URL(c.req.url);
  return {
    locale,
    path: c.req.path,
    url: url.pathname + url.search,
    actor: c.var.actor,
    csrfToken: c.var.csrfToken,
    textSize: c.var.textSize,
    href: (path) => localHref(locale, path),
  };
}
