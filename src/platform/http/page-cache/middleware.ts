import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { notModified, type PageCache } from './page-cache';
import type { CachedPage } from './store';

/**
 * The cache inside the Hono pipeline, first of all middleware so that the response it keeps carries
 * every header the others add. It answers hits too (for `app.request()` and a first request), but
 * the server answers most hits before the pipeline (listener.ts).
 */
export function pageCacheMiddleware(cache: PageCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const key = cache.keyOf(c.req.method, url.pathname + url.search, c.req.header('cookie'), c.req.header('host') ?? url.host);
    if (!key) return next();
    const snapshot = await cache.versions.current();
    const hit = cache.fresh(key, snapshot);
    if (hit) return responseOf(hit, c.req.header('if-none-match'));

    await next();
    const res = c.res;
    if (!res.body || !cache.mayKeep(res.status, res.headers)) return;
    const body = Buffer.from(await res.arrayBuffer());
    const page = cache.offer(key, snapshot, {
      status: res.status,
      headers: res.headers,
      body,
      csrfToken: c.var.csrfToken ?? '',
      cooperationId: c.var.pageCooperationId ?? null,
    });
    // The body was read: hand on a new response, unset first so that Hono does not merge old headers back.
    c.res = undefined;
    if (!page) {
      c.res = new Response(body, { status: res.status, headers: res.headers });
      return;
    }
    // The first reader gets the CSRF cookie the pipeline set; the kept page does not carry it.
    const first = responseOf(page, c.req.header('if-none-match'));
    for (const cookie of res.headers.getSetCookie()) first.headers.append('set-cookie', cookie);
    c.res = first;
  };
}

function responseOf(page: CachedPage, ifNoneMatch: string | undefined): Response {
  if (notModified(ifNoneMatch, page.etag)) return new Response(null, { status: 304, headers: page.notModifiedHeaders });
  return new Response(page.body, { status: page.status, headers: page.headers });
}
