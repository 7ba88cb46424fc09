import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import { parseLocalizedText, pickText } from '../../../platform/i18n';
import { publishToArchive, withdrawFromArchive } from '../archive-sync';
import type { NewsRow, PageRow } from '../site.repository';

// The archive entries of pages and news, kept in step by the commands that publish and save them.

async function paths(trx: Transaction<Database>, cooperationId: number, parentId: number | null) {
  const coop = await trx.selectFrom('cooperations').select('slug').where('id', '=', cooperationId).executeTakeFirstOrThrow();
  const parent = parentId === null ? undefined : await trx.selectFrom('site_pages').select('slug').where('id', '=', parentId).executeTakeFirst();
  return { coop: coop.slug, parent: parent?.slug ?? null };
}

export async function pagePublished(trx: Transaction<Database>, page: PageRow): Promise<void> {
  const where = await paths(trx, page.cooperation_id, page.parent_id);
  await publishToArchive(trx, {
    sourceKey: `page:${page.id}`,
    kind: 'page',
    cooperationId: page.cooperation_id,
    title: pickText(parseLocalizedText(page.title), 'nb')?.text ?? page.slug,
    date: (page.published_at ?? page.updated_at).slice(0, 10),
    markdown: [parseLocalizedText(page.summary), parseLocalizedText(page.body)],
    href: `/${where.coop}/${where.parent ? `${where.parent}/` : ''}${page.slug}`,
  });
}

export const pageWithdrawn = (trx: Transaction<Database>, page: PageRow) => withdrawFromArchive(trx, `page:${page.id}`);

export async function newsPublished(trx: Transaction<Database>, news: NewsRow): Promise<void> {
  const where = await paths(trx, news.cooperation_id, null);
  await publishToArchive(trx, {
    sourceKey: `news:${news.id}`,
    kind: 'news',
    cooperationId: news.cooperation_id,
    title: pickText(parseLocalizedText(news.title), 'nb')?.text ?? news.slug,
    date: news.published_on,
    markdown: [parseLocalizedText(news.summary), parseLocalizedText(news.body)],
    href: `/${where.coop}/nyheter/${news.slug}`,
  });
}

export const newsWithdrawn = (trx: Transaction<Database>, news: NewsRow) => withdrawFromArchive(trx, `news:${news.id}`);
