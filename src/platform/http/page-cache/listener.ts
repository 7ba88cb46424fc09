import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { notModified, type PageCache } from './page-cache';
import type { CachedPage } from './store';

/**
 * Answers cache hits straight from node:http, before a Request object, the router or any
 * middleware exists: a hit then costs one key, one shared version read and one write of stored
 * bytes. Everything else, and any stale page, goes on to the application.
 */
export function pageCacheListener(cache: PageCache, app: RequestListener): RequestListener {
  return (req, res) => {
    const key = cache.keyOf(req.method, req.url, req.headers.cookie, req.headers.host);
    if (!key || !cache.store.has(key)) return app(req, res);
    cache.versions.current().then(
      (snapshot) => {
        const page = cache.fresh(key, snapshot);
        if (page) send(req, res, page);
        else app(req, res);
      },
      () => app(req, res),
    );
  };
}

function send(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  if (notModified(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, page.notModifiedHeaders).end();
    return;
  }
  res.writeHead(page.status, page.rawHeaders);
  // Node leaves out the body of a HEAD response itself, keeping Content-Length.
  res.end(req.method === 'HEAD' ? undefined : page.body);
}
