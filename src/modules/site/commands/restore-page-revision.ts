import { actorLabel } from '../../../platform/authz';
import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canEditSite } from '../site.policy';
import { insertRevision, pageById, revisionById, updatePage } from '../site.repository';
import { pageContent, translationsJson, type PageContent } from '../site.rows';
import { restoreRevisionInput } from '../site.schemas';
import { pagePublished } from './page-archive';

/**
 * Puts an earlier version's text (title, summary, body, which languages are translations) back as
 * the page's current text. The restore is itself a new version: nothing in the history is lost.
 * The page keeps its address and place in the menu.
 */
export const restorePageRevision = defineCommand({
  name: 'restorePageRevision',
  input: restoreRevisionInput,
  async authorize(actor, input, trx) {
    const page = await pageById(trx, input.page_id);
    if (!page) throw new NotFoundError('No such page.');
    return canEditSite(actor, page.cooperation_id);
  },
  async run(trx, input, actor) {
    const before = (await pageById(trx, input.page_id))!;
    const revision = await revisionById(trx, input.revision_id);
    if (!revision || revision.page_id !== before.id) throw new ValidationError({ revision_id: ['is not a version of this page'] });
    const content = JSON.parse(revision.content) as PageContent;
    const now = new Date().toISOString();
    const after = await updatePage(trx, before.id, {
      title: JSON.stringify(content.title),
      summary: JSON.stringify(content.summary ?? {}),
      body: JSON.stringify(content.body ?? {}),
      translations: translationsJson(Object.fromEntries((content.translations ?? []).map((l) => [l, true as const]))),
      updated_at: now,
    });
    await insertRevision(trx, { page_id: after.id, saved_at: now, saved_by: actorLabel(actor), content: JSON.stringify(pageContent(after)) });
    if (after.status === 'published') await pagePublished(trx, after);
    return {
      result: { id: after.id },
      audit: [{ action: 'page.restore', entityType: 'site_page', entityId: after.id, before, after: { ...after, restored_revision_id: revision.id } }],
    };
  },
});
