import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';

/** The surveys pages of the workspace site (work in progress); mounted once per language prefix. */
export function surveysWorkspaceRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
