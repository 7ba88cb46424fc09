import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import type { LocalizedText } from '../../platform/i18n';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { envelope, pageOf } from '../../platform/http/pagination';
import { getCooperationBySlug } from '../cooperations';
import { newsList } from './queries/news';
import { pageTree, sitePages } from './queries/pages';
import { publishedProcessSlugs } from './site.repository';
import { newsListSchema, newsSchema, pageListSchema, pageSchema, siteListQuery, siteParams } from './site.api-schemas';

const allLanguages = (text: LocalizedText) => ({ nb: text.nb ?? null, nn: text.nn ?? null, en: text.en ?? null });

const pagesRoute = createRoute({
  method: 'get',
  path: '/cooperations/{slug}/pages',
  tags: ['Site'],
  summary: "The published pages of a cooperation's website",
  description: 'In menu order, sub-pages after their parent; texts in every language, Markdown as written.',
  request: { params: siteParams, query: siteListQuery },
  responses: { 200: jsonResponse(pageListSchema, 'One page of pages'), 400: badRequestResponse, 404: errorResponse('No cooperation has this slug.') },
});

const newsRoute = createRoute({
  method: 'get',
  path: '/cooperations/{slug}/news',
  tags: ['Site'],
  summary: 'The published news of a cooperation, newest first',
  description: 'Also as an Atom feed at `/{slug}/nyheter.atom` (`/nn/…`, `/en/…` for the other languages).',
  request: { params: siteParams, query: siteListQuery },
  responses: { 200: jsonResponse(newsListSchema, 'One page of news'), 400: badRequestResponse, 404: errorResponse('No cooperation has this slug.') },
});

type PageJson = z.output<typeof pageSchema>;
type NewsJson = z.output<typeof newsSchema>;

/** The site's part of `/api/v1`: published pages and news only. */
export function siteApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(pagesRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const page = c.req.valid('query');
    const coop = await getCooperationBySlug(c.var.db, slug);
    if (!coop) throw new NotFoundError('No cooperation has this slug.');
    const all = await sitePages(c.var.db, coop, { publishedOnly: true });
    const ordered = pageTree(all).flatMap(({ page: top, children }) => [top, ...children]);
    const processes = new Map<number, string>();
    for (const row of await publishedProcessSlugs(c.var.db, coop.id)) {
      processes.set(row.id, `/api/v1/processes/${encodeURIComponent(row.slug)}?cooperation=${encodeURIComponent(coop.slug)}`);
    }
    const data = pageOf(ordered, page).map(
      (p): PageJson => ({
        id: p.id,
        slug: p.slug,
        web: p.path,
        parent: p.parentId,
        menuOrder: p.menuOrder,
        showInMenu: p.showInMenu,
        name: allLanguages(p.title),
        description: allLanguages(p.summary),
        text: allLanguages(p.body),
        translations: p.translations,
        illustrative: p.illustrative,
        process: p.processId === null ? null : (processes.get(p.processId) ?? null),
        published: p.publishedAt,
        modified: p.updatedAt,
      }),
    );
    return c.json(envelope(data, ordered.length, page, c.req.url), 200);
  });

  api.openapi(newsRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const page = c.req.valid('query');
    const coop = await getCooperationBySlug(c.var.db, slug);
    if (!coop) throw new NotFoundError('No cooperation has this slug.');
    const news = await newsList(c.var.db, coop.id, { publishedOnly: true });
    const data = pageOf(news, page).map(
      (n): NewsJson => ({
        id: n.id,
        slug: n.slug,
        web: `/${coop.slug}/nyheter/${n.slug}`,
        name: allLanguages(n.title),
        description: allLanguages(n.summary),
        text: allLanguages(n.body),
        date: n.publishedOn,
        translations: n.translations,
        illustrative: n.illustrative,
        modified: n.updatedAt,
      }),
    );
    return c.json(envelope(data, news.length, page, c.req.url), 200);
  });

  return api;
}
