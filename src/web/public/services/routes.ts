import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { costSharesDownload } from './downloads';
import { portfolioPage } from './portfolio-page';
import { servicePage } from './service-page';

const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const SERVICE = ':serviceSlug{[a-z0-9][a-z0-9-]*}';

/** The services pages of the public site; mounted once per language prefix. */
export function servicesPublicRoutes() {
  const app = new Hono<AppEnv>();
  app.get(`/${SLUG}/tjenester`, portfolioPage);
  app.get(`/${SLUG}/tjenester/${SERVICE}`, servicePage);
  app.get(`/${SLUG}/tjenester/${SERVICE}/:file{kostnader-[0-9]{4}\\.(?:csv|xlsx)}`, costSharesDownload);
  return app;
}
