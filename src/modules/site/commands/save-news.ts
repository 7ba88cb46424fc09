import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canEditSite } from '../site.policy';
import { insertNews, newsById, newsBySlug, updateNews } from '../site.repository';
import { translationsJson } from '../site.rows';
import { saveNewsInput } from '../site.schemas';
import { newsPublished } from './page-archive';

/** Writes a news item (new ones are drafts), dated the day it is published on. */
export const saveNews = defineCommand({
  name: 'saveNews',
  input: saveNewsInput,
  async authorize(actor, input, trx) {
    if (input.news_id != null) {
      const news = await newsById(trx, input.news_id);
      if (!news || news.cooperation_id !== input.cooperation_id) throw new NotFoundError('No such news item.');
    }
    return canEditSite(actor, input.cooperation_id);
  },
  async run(trx, input) {
    const before = input.news_id != null ? await newsById(trx, input.news_id) : undefined;
    const taken = await newsBySlug(trx, input.cooperation_id, input.slug);
    if (taken && taken.id !== before?.id) throw new ValidationError({ slug: ['is already used by another news item of this site: choose another'] });
    const now = new Date().toISOString();
    const fields = {
      slug: input.slug,
      title: JSON.stringify(input.title),
      summary: JSON.stringify(input.summary ?? {}),
      body: JSON.stringify(input.body ?? {}),
      translations: translationsJson(input.translations),
      illustrative: input.illustrative ? 1 : 0,
      published_on: input.published_on,
      updated_at: now,
    };
    const after = before
      ? await updateNews(trx, before.id, fields)
      : await insertNews(trx, { ...fields, cooperation_id: input.cooperation_id, status: 'draft', created_at: now });
    if (after.status === 'published') await newsPublished(trx, after);
    return {
      result: { id: after.id, slug: after.slug },
      audit: [{ action: before ? 'news.update' : 'news.create', entityType: 'site_news', entityId: after.id, before, after }],
    };
  },
});
