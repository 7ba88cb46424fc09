import { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor, RoleGrant } from '../../platform/authz';
import type { Db } from '../../platform/db/database';
import { AppError, ValidationError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';

/** A real user row (audit entries point to it) holding the given grants, as an actor. */
export async function insertUser(db: Db, email: string, grants: RoleGrant[]): Promise<Actor> {
  const user = await db
    .insertInto('users')
    .values({ email, name: email, password_hash: 'scrypt$unused', created_at: new Date().toISOString(), disabled_at: null, last_sign_in_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { kind: 'user', userId: user.id, name: email, email, grants };
}

export const grant = (role: RoleGrant['role'], cooperationId: number | null = null): RoleGrant => ({
  role,
  cooperationId,
  authorityCode: null,
});

/**
 * A small app around one module's API, with the error mapping of src/app.ts, for `app.request()`.
 * (Until the whole app builds in tests: then tests/support/test-app.ts.)
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
