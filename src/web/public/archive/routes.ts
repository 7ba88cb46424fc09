import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';

/** The archive pages of the public site (work in progress); mounted once per language prefix. */
export function archivePublicRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
