import { defineCommand } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import { canEditSite } from '../site.policy';
import { pageById, updatePage } from '../site.repository';
import { publishInput } from '../site.schemas';
import { pagePublished, pageWithdrawn } from './page-archive';

/** Publishes a page (it appears on the site, in its menu and in the archive's search) or takes it back to draft. */
export const publishPage = defineCommand({
  name: 'publishPage',
  input: publishInput,
  async authorize(actor, input, trx) {
    const page = await pageById(trx, input.id);
    if (!page) throw new NotFoundError('No such page.');
    return canEditSite(actor, page.cooperation_id);
  },
  async run(trx, input) {
    const before = (await pageById(trx, input.id))!;
    const now = new Date().toISOString();
    const after = await updatePage(trx, before.id, {
      status: input.publish ? 'published' : 'draft',
      published_at: input.publish ? (before.published_at ?? now) : null,
      updated_at: now,
    });
    if (input.publish) await pagePublished(trx, after);
    else await pageWithdrawn(trx, after);
    return {
      result: { id: after.id },
      audit: [{ action: input.publish ? 'page.publish' : 'page.unpublish', entityType: 'site_page', entityId: after.id, before, after }],
    };
  },
});
