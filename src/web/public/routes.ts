import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { accessibilityPage } from './accessibility';
import { authorityPage } from './authority';
import { bodiesPage } from './bodies';
import { bodyPage } from './body';
import { cooperationPage } from './cooperation';
import { homePage } from './home';
import { membersPage } from './members';

/** A cooperation's address: lower-case letters, digits and hyphens (`vestregionen`, `khs`). */
const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';

/**
 * The public website, mounted once per language prefix. Path segments are Norwegian in every
 * language. Fixed paths come before `/:slug`, which would otherwise take them.
 */
export function publicRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', homePage);
  app.get('/tilgjengelighetserklaering', accessibilityPage);
  app.get('/kommuner/:code', authorityPage);
  app.get(`/${SLUG}`, cooperationPage);
  app.get(`/${SLUG}/medlemmer`, membersPage);
  app.get(`/${SLUG}/organer`, bodiesPage);
  app.get(`/${SLUG}/organer/:bodySlug`, bodyPage);
  return app;
}
