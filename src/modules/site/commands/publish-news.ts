import { defineCommand } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import { canEditSite } from '../site.policy';
import { newsById, updateNews } from '../site.repository';
import { publishInput } from '../site.schemas';
import { newsPublished, newsWithdrawn } from './page-archive';

/** Publishes a news item (on the site, in the feed and in search) or takes it back to draft. */
export const publishNews = defineCommand({
  name: 'publishNews',
  input: publishInput,
  async authorize(actor, input, trx) {
    const news = await newsById(trx, input.id);
    if (!news) throw new NotFoundError('No such news item.');
    return canEditSite(actor, news.cooperation_id);
  },
  async run(trx, input) {
    const before = (await newsById(trx, input.id))!;
    const after = await updateNews(trx, before.id, { status: input.publish ? 'published' : 'draft', updated_at: new Date().toISOString() });
    if (input.publish) await newsPublished(trx, after);
    else await newsWithdrawn(trx, after);
    return {
      result: { id: after.id },
      audit: [{ action: input.publish ? 'news.publish' : 'news.unpublish', entityType: 'site_news', entityId: after.id, before, after }],
    };
  },
});
