import type { Db } from '../../../platform/db/database';
import { pageById, pagesOf, revisionsOf } from '../site.repository';
import { pageView, revisionView } from '../site.rows';
import type { MenuPage, PageRevisionView, PageView } from './views';

interface CooperationRef {
  id: number;
  slug: string;
}

/** Every page of a cooperation's site (or only the published ones), in menu order, with their paths. */
export async function sitePages(db: Db, coop: CooperationRef, options: { publishedOnly: boolean }): Promise<PageView[]> {
  const rows = await pagesOf(db, coop.id, options.publishedOnly);
  const slugOf = new Map(rows.map((r) => [r.id, r.slug]));
  // A published sub-page of a draft page has no public path: it is left out with its parent.
  return rows
    .filter((r) => r.parent_id === null || slugOf.has(r.parent_id))
    .map((r) => pageView(r, coop.slug, r.parent_id === null ? null : slugOf.get(r.parent_id)!));
}

/** The menu: top-level pages shown in the menu, each with its sub-pages shown in the menu. */
export async function siteMenu(db: Db, coop: CooperationRef): Promise<MenuPage[]> {
  return menuOf(await sitePages(db, coop, { publishedOnly: true }));
}

/** The menu out of a site's published pages (as `sitePages` gives them), for a page that has read them already. */
export function menuOf(published: PageView[]): MenuPage[] {
  return pageTree(published.filter((p) => p.showInMenu));
}

/** Pages grouped as the site shows them: each top-level page, in order, with its sub-pages. */
export function pageTree(pages: PageView[]): MenuPage[] {
  return pages.filter((p) => p.parentId === null).map((page) => ({ page, children: pages.filter((c) => c.parentId === page.id) }));
}

/** The published page at `/:coop/:slug` or `/:coop/:parentSlug/:slug`; null when there is none. */
export async function publishedPageAt(db: Db, coop: CooperationRef, slugs: [string] | [string, string]): Promise<PageView | null> {
  return pageAt(await sitePages(db, coop, { publishedOnly: true }), coop, slugs);
}

/** The page at `/:coop/:slug` or `/:coop/:parentSlug/:slug` among pages already read; null when there is none. */
export function pageAt(pages: PageView[], coop: CooperationRef, slugs: [string] | [string, string]): PageView | null {
  const path = `/${coop.slug}/${slugs.join('/')}`;
  return pages.find((p) => p.path === path) ?? null;
}

/** A page of this cooperation in any status, for its editors; null when it is not this cooperation's. */
export async function pageForEditing(db: Db, coop: CooperationRef, pageId: number): Promise<PageView | null> {
  const row = await pageById(db, pageId);
  if (!row || row.cooperation_id !== coop.id) return null;
  const parent = row.parent_id === null ? undefined : await pageById(db, row.parent_id);
  return pageView(row, coop.slug, parent?.slug ?? null);
}

/** Every saved version of a page, newest (the current text) first. */
export async function pageRevisions(db: Db, pageId: number): Promise<PageRevisionView[]> {
  return (await revisionsOf(db, pageId)).map(revisionView);
}
