import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';

/** The joint cases' workspace pages: referral, roll-up, and the clerks' recording forms. */
export function jointCasesWorkspaceRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
