import type { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context';
import { assetRoutes } from './assets/assets';
import { publicRoutes } from './public/routes';
import { setTextSize } from './public/text-size';
import { workspaceRoutes } from './workspace';

export { renderErrorPage } from './components/error-page';
export { Layout, type LayoutProps, type LayoutCooperation } from './components/layout';

/** Language prefixes, most specific first: `/:slug` under `/` must not catch `/nn` or `/en`. */
const PREFIXES = ['/nn', '/en', '/'] as const;

/**
 * The server-rendered website: assets and the text-size switch at the root, then, for each language
 * prefix, the workspace (its fixed paths such as /logg-inn and /arbeidsflate) before the public pages
 * (whose `/:slug` would otherwise take them).
 */
export function mountWeb(app: Hono<AppEnv>): void {
  app.route('/', assetRoutes());
  app.get('/tekststorrelse', setTextSize);
  for (const prefix of PREFIXES) {
    app.route(prefix, workspaceRoutes());
    app.route(prefix, publicRoutes());
  }
}
