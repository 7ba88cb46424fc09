import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { auditTrailPage } from './audit-trail';
import { addSeatSubmit, bodyPage, endSeatSubmit } from './body-page';
import { bodiesPage, createBodySubmit } from './bodies-page';
import { cooperationPage, cooperationSubmit } from './cooperation-page';
import { cooperationsPage } from './cooperations-page';
import { workspaceHome } from './home';
import { MANAGE_ROUTES } from './manage-paths';
import { addMembershipSubmit, endMembershipSubmit, membershipsPage } from './memberships-page';
import { WORKSPACE } from './paths';
import { archiveWorkspaceRoutes } from './archive/routes';
import { meetingsWorkspaceRoutes } from './meetings/routes';
import { servicesWorkspaceRoutes } from './services/routes';
import { siteWorkspaceRoutes } from './site/routes';
import { surveysWorkspaceRoutes } from './surveys/routes';
import { jointCasesWorkspaceRoutes } from './joint-cases/routes';
import { signInPage, signInSubmit } from './sign-in';
import { signOutSubmit } from './sign-out';
import { createUserSubmit, disableUserSubmit, grantRoleSubmit, revokeRoleSubmit, usersPage } from './users-page';

/** Sign-in, sign-out and the signed-in workspace; mounted once per language prefix. */
export function workspaceRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(WORKSPACE.signIn, signInPage);
  app.post(WORKSPACE.signIn, signInSubmit);
  app.post(WORKSPACE.signOut, signOutSubmit);
  app.get(WORKSPACE.home, workspaceHome);
  app.get(WORKSPACE.auditTrail, auditTrailPage);

  // Editing what the modules' commands can do: cooperations, memberships, bodies and seats, users and roles.
  app.get(MANAGE_ROUTES.cooperations, cooperationsPage);
  app.get(MANAGE_ROUTES.cooperation, cooperationPage);
  app.post(MANAGE_ROUTES.cooperation, cooperationSubmit);
  app.get(MANAGE_ROUTES.memberships, membershipsPage);
  app.post(MANAGE_ROUTES.memberships, addMembershipSubmit);
  app.post(MANAGE_ROUTES.endMembership, endMembershipSubmit);
  app.get(MANAGE_ROUTES.bodies, bodiesPage);
  app.post(MANAGE_ROUTES.bodies, createBodySubmit);
  app.get(MANAGE_ROUTES.body, bodyPage);
  app.post(MANAGE_ROUTES.body, addSeatSubmit);
  app.post(MANAGE_ROUTES.endSeat, endSeatSubmit);
  app.get(MANAGE_ROUTES.users, usersPage);
  app.post(MANAGE_ROUTES.users, createUserSubmit);
  app.post(MANAGE_ROUTES.grantRole, grantRoleSubmit);
  app.post(MANAGE_ROUTES.revokeRole, revokeRoleSubmit);
  app.post(MANAGE_ROUTES.disableUser, disableUserSubmit);

  // Each area's workspace pages: meetings and cases, the archive, the site, surveys, joint services, joint cases.
  app.route('/', meetingsWorkspaceRoutes());
  app.route('/', archiveWorkspaceRoutes());
  app.route('/', siteWorkspaceRoutes());
  app.route('/', surveysWorkspaceRoutes());
  app.route('/', servicesWorkspaceRoutes());
  app.route('/', jointCasesWorkspaceRoutes());
  return app;
}
