import type { Context } from 'hono';
import type { AppEnv } from '../../../platform/http/context';

/** The site's address for absolute links: PUBLIC_URL when set, else the origin the request came to. */
export function publicOrigin(c: Context<AppEnv>): string {
  return (c.var.config.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
}

/** Absolute addresses for feeds and the sitemap, on `publicOrigin`. */
export function absoluteUrl(c: Context<AppEnv>): (path: string) => string {
  const base = publicOrigin(c);
  return (path) => `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Text for XML: the five characters XML reserves, and no control characters it forbids. */
export function xmlText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
