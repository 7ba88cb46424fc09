import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { jointCasePage } from './case-page';
import { matrixDownload, reportDownload } from './downloads';
import { jointCasesPage } from './list-page';

const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const ID = ':id{[0-9]{1,12}}';

/** The joint cases' pages of the public site (`/:slug/fellessaker…`); mounted once per language prefix. */
export function jointCasesPublicRoutes() {
  const app = new Hono<AppEnv>();
  app.get(`/${SLUG}/fellessaker`, jointCasesPage);
  app.get(`/${SLUG}/fellessaker/${ID}`, jointCasePage);
  app.get(`/${SLUG}/fellessaker/${ID}/matrise.csv`, matrixDownload);
  app.get(`/${SLUG}/fellessaker/${ID}/matrise.xlsx`, matrixDownload);
  app.get(`/${SLUG}/fellessaker/${ID}/rapport.pdf`, reportDownload);
  return app;
}
