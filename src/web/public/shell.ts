import type { Context } from 'hono';
import { getCooperationBySlug, type CooperationView } from '../../modules/cooperations';
import { bodiesOf, type BodyView } from '../../modules/people';
import { menuOf, sitePages, type PageView } from '../../modules/site';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { declarePageScope } from '../../platform/http/page-cache';
import { pickText, type Locale } from '../../platform/i18n';
import type { Db } from '../../platform/db/database';
import type { LayoutCooperation } from '../components/layout';
import type { NavPage } from '../components/navigation';

/**
 * The cooperation named in the path, or a 404 page. Its pages show its own data and shared data
 * only, so the page cache renews them on that cooperation's writes alone.
 */
export async function requireCooperation(c: Context<AppEnv>): Promise<CooperationView> {
  const cooperation = await getCooperationBySlug(c.var.db, c.req.param('slug') ?? '');
  if (!cooperation) throw new NotFoundError('No such cooperation.');
  declarePageScope(c, cooperation.id);
  return cooperation;
}

/**
 * What the layout shows of a cooperation: its name and tagline in the header, its bodies and its own
 * site's pages (published, shown in the menu, with their sub-pages) in the menu. Pass `bodies` or the
 * site's published pages (as `sitePages` gives them) when the page has already read them.
 */
export async function cooperationShell(
  db: Db,
  cooperation: CooperationView,
  locale: Locale,
  bodies?: BodyView[],
  publishedPages?: PageView[],
): Promise<LayoutCooperation> {
  const [theBodies, pages] = await Promise.all([
    bodies ?? bodiesOf(db, cooperation.id),
    publishedPages ?? sitePages(db, cooperation, { publishedOnly: true }),
  ]);
  return { ...shellWithBodies(cooperation, theBodies, locale), pages: menuPages(pages, locale) };
}

/** The header and the bodies' part of the menu. */
function shellWithBodies(cooperation: CooperationView, bodies: BodyView[], locale: Locale): LayoutCooperation {
  return {
    slug: cooperation.slug,
    name: cooperation.name,
    tagline: cooperation.tagline,
    bodies: bodies.map((body) => {
      const name = pickText(body.name, locale);
      return { slug: body.slug, name: name?.text ?? body.slug, lang: name?.fallback ? name.lang : undefined };
    }),
  };
}

/** The site's menu as the navigation takes it; a title missing in the reader's language carries its own `lang`. */
function menuPages(published: PageView[], locale: Locale): NavPage[] {
  const item = (page: PageView): NavPage => {
    const title = pickText(page.title, locale);
    return { label: title?.text ?? page.slug, path: page.path, lang: title?.fallback ? title.lang : undefined };
  };
  return menuOf(published).map(({ page, children }) => ({ ...item(page), children: children.map(item) }));
}
