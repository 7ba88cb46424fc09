import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';

/** The joint cases' pages of the public site (`/:slug/fellessaker…`); mounted once per language prefix. */
export function jointCasesPublicRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
