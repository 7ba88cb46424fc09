import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../db/database';
import { AppError, ValidationError } from '../errors';
import type { AppEnv } from './context';

/**
 * A small app around one module's API, with the error mapping of src/app.ts, for `app.request()`.
 * Lighter than tests/support/test-app.ts (no sessions, CSRF or pages), so a module's API tests see
 * only that module's routes and OpenAPI entries.
 */
export function apiTestApp(db: Db, api: OpenAPIHono<AppEnv>) {
  const app = new OpenAPIHono<AppEnv>();
  app.use(async (c, next) => {
    c.set('db', db);
    await next();
  });
  const v1 = new OpenAPIHono<AppEnv>();
  v1.route('/', api);
  v1.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'test', version: '1' } });
  app.route('/api/v1', v1);
  app.onError((error, c) => {
    if (!(error instanceof AppError)) throw error;
    const fields = error instanceof ValidationError ? { fields: error.fieldErrors } : {};
    return c.json({ error: { code: error.code, message: error.message, ...fields } }, error.status);
  });
  return async (path: string) => {
    const res = await app.request(`/api/v1${path}`);
    return { status: res.status, body: (await res.json()) as any };
  };
}
