import type { Kysely } from 'kysely';
import type { Database, NewRow, Row, RowUpdate } from '../../platform/db/schema';

/** All SQL of pages, their revisions and news. Takes a `Db` or a transaction; knows no rules. */
type Q = Kysely<Database>;

export type PageRow = Row<'site_pages'>;
export type PageRevisionRow = Row<'site_page_revisions'>;
export type NewsRow = Row<'site_news'>;

export const pageById = (q: Q, id: number) => q.selectFrom('site_pages').selectAll().where('id', '=', id).executeTakeFirst();

export const pagesOf = (q: Q, cooperationId: number, publishedOnly: boolean) => {
  let query = q.selectFrom('site_pages').selectAll().where('cooperation_id', '=', cooperationId);
  if (publishedOnly) query = query.where('status', '=', 'published');
  return query.orderBy('menu_order').orderBy('id').execute();
};

export const pageBySlug = (q: Q, cooperationId: number, slug: string) =>
  q.selectFrom('site_pages').selectAll().where('cooperation_id', '=', cooperationId).where('slug', '=', slug).executeTakeFirst();

export const insertPage = (q: Q, row: NewRow<'site_pages'>) => q.insertInto('site_pages').values(row).returningAll().executeTakeFirstOrThrow();

export const updatePage = (q: Q, id: number, set: RowUpdate<'site_pages'>) =>
  q.updateTable('site_pages').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const childCount = async (q: Q, pageId: number) =>
  Number((await q.selectFrom('site_pages').select((eb) => eb.fn.countAll<number>().as('n')).where('parent_id', '=', pageId).executeTakeFirstOrThrow()).n);

export const insertRevision = (q: Q, row: NewRow<'site_page_revisions'>) =>
  q.insertInto('site_page_revisions').values(row).returningAll().executeTakeFirstOrThrow();

export const revisionsOf = (q: Q, pageId: number) =>
  q.selectFrom('site_page_revisions').selectAll().where('page_id', '=', pageId).orderBy('id', 'desc').execute();

export const revisionById = (q: Q, id: number) => q.selectFrom('site_page_revisions').selectAll().where('id', '=', id).executeTakeFirst();

export const processOfCooperation = (q: Q, processId: number, cooperationId: number) =>
  q.selectFrom('processes').select(['id', 'slug', 'status']).where('id', '=', processId).where('cooperation_id', '=', cooperationId).executeTakeFirst();

/** The published processes a page may show, for links in the API. */
export const publishedProcessSlugs = (q: Q, cooperationId: number) =>
  q.selectFrom('processes').select(['id', 'slug']).where('cooperation_id', '=', cooperationId).where('status', '=', 'published').execute();

export const newsById = (q: Q, id: number) => q.selectFrom('site_news').selectAll().where('id', '=', id).executeTakeFirst();

export const newsBySlug = (q: Q, cooperationId: number, slug: string) =>
  q.selectFrom('site_news').selectAll().where('cooperation_id', '=', cooperationId).where('slug', '=', slug).executeTakeFirst();

/** News of a cooperation, newest first; `publishedOnly` for the public site. */
export const newsOf = (q: Q, cooperationId: number, publishedOnly: boolean) => {
  let query = q.selectFrom('site_news').selectAll().where('cooperation_id', '=', cooperationId);
  if (publishedOnly) query = query.where('status', '=', 'published');
  return query.orderBy('published_on', 'desc').orderBy('id', 'desc').execute();
};

export const insertNews = (q: Q, row: NewRow<'site_news'>) => q.insertInto('site_news').values(row).returningAll().executeTakeFirstOrThrow();

export const updateNews = (q: Q, id: number, set: RowUpdate<'site_news'>) =>
  q.updateTable('site_news').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
