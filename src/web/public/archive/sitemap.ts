import type { Context } from 'hono';
import { listDocuments } from '../../../modules/archive';
import { listCooperations } from '../../../modules/cooperations';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { absoluteUrl, xmlText } from './absolute-url';

/** A cooperation's fixed public pages, besides its home. */
const COOPERATION_PAGES = ['medlemmer', 'organer', 'moter', 'tjenester', 'nyheter', 'undersokelser', 'arkiv'];
/** The sitemap protocol allows 50 000 addresses in one file. */
const MAX_URLS = 50_000;

/**
 * `/sitemap.xml`: the front page, the search, each cooperation and its fixed pages, and every public
 * document's page (bokmål addresses; each page links its nynorsk and English versions itself).
 */
export async function sitemap(c: Context<AppEnv>) {
  if (c.req.path !== '/sitemap.xml') throw new NotFoundError('The sitemap is at /sitemap.xml.');
  const url = absoluteUrl(c);
  const paths = ['/', '/sok'];
  for (const coop of await listCooperations(c.var.db)) {
    paths.push(`/${coop.slug}`, ...COOPERATION_PAGES.map((page) => `/${coop.slug}/${page}`));
  }
  const { items } = await listDocuments(c.var.db, { publicOnly: true }, { page: 1, limit: MAX_URLS - paths.length });
  const seen = new Set(paths);
  const entries = paths.map((path) => `  <url><loc>${xmlText(url(path))}</loc></url>`);
  for (const doc of items) {
    if (seen.has(doc.href)) continue;
    seen.add(doc.href);
    entries.push(`  <url><loc>${xmlText(url(doc.href))}</loc><lastmod>${xmlText(doc.updatedAt.slice(0, 10))}</lastmod></url>`);
  }
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join('\n')}
</urlset>
`;
  return c.body(xml, 200, { 'Content-Type': 'application/xml; charset=utf-8' });
}
