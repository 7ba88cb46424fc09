import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { Config } from './platform/config';
import type { Db, Dialect } from './platform/db/database';
import { AppError, TooManyRequestsError, ValidationError } from './platform/errors';
import type { AppEnv } from './platform/http/context';
import { csrfProtection } from './platform/http/csrf';
import { localeAndTextSize } from './platform/http/locale';
import { attachPageCache, createPageCache, pageCacheMiddleware } from './platform/http/page-cache';
import { securityHeaders } from './platform/http/security-headers';
import { sessionMiddleware } from './platform/http/session';
import type { Logger } from './platform/logger';
import { resolveSession } from './modules/accounts';
import { apiV1 } from './api';
import { mountWeb, renderErrorPage } from './web';

export interface AppDeps {
  db: Db;
  dialect: Dialect;
  config: Config;
  logger: Logger;
}

/**
 * Forms and JSON may be 1 MB; a multipart upload may carry one file of the configured size plus its form.
 * The upload's own command checks the file again and names the field when it is too large.
 */
function requestSizeLimit(uploadMaxBytes: number) {
  const small = bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.text('The request is larger than 1 MB.', 413) });
  const upload = bodyLimit({
    maxSize: uploadMaxBytes + 1024 * 1024,
    onError: (c) => c.text(`The upload is larger than ${Math.round(uploadMaxBytes / 1024 / 1024)} MB.`, 413),
  });
  return createMiddleware<AppEnv>((c, next) =>
    (c.req.header('content-type') ?? '').startsWith('multipart/form-data') ? upload(c, next) : small(c, next),
  );
}

/** The whole HTTP application; tests call `app.request()` on it without opening a port. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  // First, so that a kept page carries every header the rest add (docs/decisions/013-page-cache.md).
  const pageCache = createPageCache(deps.db, deps.dialect, deps.config);
  if (pageCache) {
    app.use(pageCacheMiddleware(pageCache));
    attachPageCache(app, pageCache);
  }
  app.use(securityHeaders());
  app.use(async (c, next) => {
    c.set('db', deps.db);
    c.set('dialect', deps.dialect);
    c.set('config', deps.config);
    await next();
  });
  app.use(requestSizeLimit(deps.config.uploadMaxBytes));
  app.use(localeAndTextSize());
  app.use(sessionMiddleware(resolveSession));
  app.use(csrfProtection());

  app.get('/healthz', async (c) => c.json({ status: 'ok', database: deps.dialect }));
  app.route('/api/v1', apiV1());
  mountWeb(app);

  app.onError((error, c) => {
    const expected = error instanceof AppError;
    if (!expected) deps.logger.error('request failed', { path: c.req.path, error: error.stack ?? String(error) });
    const status = expected ? error.status : 500;
    if (error instanceof TooManyRequestsError) c.header('Retry-After', String(error.retryAfterSeconds));
    if (c.req.path.startsWith('/api/')) {
      return c.json(
        {
          error: {
            code: expected ? error.code : 'internal_error',
            message: expected ? error.message : 'Something went wrong on our side. Try again later.',
            ...(error instanceof ValidationError ? { fields: error.fieldErrors } : {}),
          },
        },
        status,
      );
    }
    return renderErrorPage(c, status, expected ? error : null);
  });
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: { code: 'not_found', message: `No such resource: ${c.req.path}` } }, 404)
      : renderErrorPage(c, 404, null),
  );
  return app;
}
export type App = ReturnType<typeof createApp>;
