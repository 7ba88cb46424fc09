import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { newsFeed } from './news-feed';
import { newsItemPage, newsListPage } from './news-pages';
import { processCalendarFile, processesPage, processPage } from './process-page';
import { sitePage } from './site-page';

const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const PART = '{[a-z0-9][a-z0-9-]*}';

/**
 * A cooperation's own site: news, processes, and its pages. Mounted once per language prefix, after
 * every fixed path, so that `/:slug/:page` takes only what nothing else has taken.
 */
export function sitePublicRoutes() {
  const app = new Hono<AppEnv>();
  app.get(`/${SLUG}/nyheter.atom`, newsFeed);
  app.get(`/${SLUG}/nyheter`, newsListPage);
  app.get(`/${SLUG}/nyheter/:newsSlug${PART}`, newsItemPage);
  app.get(`/${SLUG}/prosesser`, processesPage);
  app.get(`/${SLUG}/prosesser/:processSlug${PART}`, processPage);
  app.get(`/${SLUG}/prosesser/:processSlug${PART}/plan.ics`, processCalendarFile);
  app.get(`/${SLUG}/:page${PART}`, sitePage);
  app.get(`/${SLUG}/:page${PART}/:child${PART}`, sitePage);
  return app;
}
