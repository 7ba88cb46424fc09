import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { archiveFeed } from './feed';
import { archivePage } from './archive-page';
import { documentFile } from './document-file';
import { documentPage } from './document-page';
import { searchPage } from './search-page';
import { sitemap } from './sitemap';

const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const ID = ':id{[0-9]+}';

/** The archive pages of the public site; mounted once per language prefix. */
export function archivePublicRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/sok', searchPage);
  app.get('/sitemap.xml', sitemap);
  app.get(`/dokumenter/${ID}`, documentPage);
  app.get(`/dokumenter/${ID}/fil`, documentFile);
  app.get(`/${SLUG}/arkiv`, archivePage);
  app.get(`/${SLUG}/arkiv/nye.atom`, archiveFeed);
  return app;
}
