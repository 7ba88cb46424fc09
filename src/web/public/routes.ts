import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { accessibilityPage } from './accessibility';
import { authorityPage } from './authority';
import { bodiesPage } from './bodies';
import { bodyPage } from './body';
import { cooperationPage } from './cooperation';
import { homePage } from './home';
import { membersPage } from './members';
import { archivePublicRoutes } from './archive/routes';
import { meetingsPublicRoutes } from './meetings/routes';
import { servicesPublicRoutes } from './services/routes';
import { sitePublicRoutes } from './site/routes';
import { surveysPublicRoutes } from './surveys/routes';
import { jointCasesPublicRoutes } from './joint-cases/routes';

/** A cooperation's address: lower-case letters, digits and hyphens (`vestregionen`, `khs`). */
const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';

/**
 * The public website, mounted once per language prefix. Path segments are Norwegian in every
 * language. Fixed paths come before `/:slug`, which would otherwise take them.
 */
export function publicRoutes() {
  const app = new Hono<AppEnv>();
  // Each area's pages, with fixed paths such as /sok and /:slug/moter, come before the catch-alls below.
  app.route('/', meetingsPublicRoutes());
  app.route('/', archivePublicRoutes());
  app.route('/', surveysPublicRoutes());
  app.route('/', servicesPublicRoutes());
  app.route('/', jointCasesPublicRoutes());
  app.get('/', homePage);
  app.get('/tilgjengelighetserklaering', accessibilityPage);
  app.get('/kommuner/:code', authorityPage);
  app.get(`/${SLUG}`, cooperationPage);
  app.get(`/${SLUG}/medlemmer`, membersPage);
  app.get(`/${SLUG}/organer`, bodiesPage);
  app.get(`/${SLUG}/organer/:bodySlug`, bodyPage);
  // Last: a cooperation's own site pages and news may take any path the fixed pages left free.
  app.route('/', sitePublicRoutes());
  return app;
}
