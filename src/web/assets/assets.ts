import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { projectFile } from '../../platform/project-files';

const require = createRequire(import.meta.url);

/**
 * One stylesheet, built once at start-up: Designsystemet's components, its Digdir theme and our
 * layout, in that order (our rules are unlayered, so they win over the `ds` layers). The address
 * carries a hash of the content, so browsers may keep it for a year and a new release is a new URL.
 */
function buildStylesheet(): { css: string; hash: string } {
  const files = [
    require.resolve('@digdir/designsystemet-css'),
    require.resolve('@digdir/designsystemet-theme/digdir.css'),
    projectFile('src/web/assets/app.css'),
  ];
  // @charset is only valid at the very start of a file; the response header says UTF-8 instead.
  const css = files.map((file) => readFileSync(file, 'utf8').replace(/^\uFEFF?@charset "[^"]*";\s*/i, '')).join('\n');
  return { css, hash: createHash('sha256').update(css).digest('hex').slice(0, 16) };
}

const stylesheet = buildStylesheet();
const favicon = readFileSync(projectFile('src/web/assets/favicon.svg'), 'utf8');

export const stylesheetHref = `/assets/app.${stylesheet.hash}.css`;

export function assetRoutes() {
  const app = new Hono<AppEnv>();
  app.get(stylesheetHref, (c) =>
    c.body(stylesheet.css, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    }),
  );
  app.get('/favicon.svg', (c) =>
    c.body(favicon, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=86400' }),
  );
  return app;
}
