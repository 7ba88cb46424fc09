import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { auditTrailPage } from './audit-trail';
import { workspaceHome } from './home';
import { WORKSPACE } from './paths';
import { signInPage, signInSubmit } from './sign-in';
import { signOutSubmit } from './sign-out';

/** Sign-in, sign-out and the signed-in workspace; mounted once per language prefix. */
export function workspaceRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(WORKSPACE.signIn, signInPage);
  app.post(WORKSPACE.signIn, signInSubmit);
  app.post(WORKSPACE.signOut, signOutSubmit);
  app.get(WORKSPACE.home, workspaceHome);
  app.get(WORKSPACE.auditTrail, auditTrailPage);
  return app;
}
