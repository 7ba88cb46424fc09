import type { Db } from '../../../platform/db/database';
import { newsById, newsBySlug, newsOf } from '../site.repository';
import { newsView } from '../site.rows';
import type { NewsView } from './views';

/** A cooperation's news, newest first; the public site sees only what is published. */
export async function newsList(db: Db, cooperationId: number, options: { publishedOnly: boolean }): Promise<NewsView[]> {
  return (await newsOf(db, cooperationId, options.publishedOnly)).map(newsView);
}

export async function publishedNews(db: Db, cooperationId: number, slug: string): Promise<NewsView | null> {
  const row = await newsBySlug(db, cooperationId, slug);
  return row && row.status === 'published' ? newsView(row) : null;
}

export async function newsForEditing(db: Db, cooperationId: number, id: number): Promise<NewsView | null> {
  const row = await newsById(db, id);
  return row && row.cooperation_id === cooperationId ? newsView(row) : null;
}
