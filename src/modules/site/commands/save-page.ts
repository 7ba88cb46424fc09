import { actorLabel } from '../../../platform/authz';
import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError, type FieldErrors } from '../../../platform/errors';
import { pagePublished } from './page-archive';
import { canEditSite } from '../site.policy';
import { childCount, insertPage, insertRevision, pageById, pageBySlug, processOfCooperation, updatePage } from '../site.repository';
import { pageContent, translationsJson } from '../site.rows';
import { savePageInput } from '../site.schemas';

/**
 * Creates a page (as a draft) or saves a new version of one. Every save also keeps the version it
 * made in the page's history, so an earlier text can be seen and restored. Pages are two levels deep:
 * a menu item and its sub-pages.
 */
export const savePage = defineCommand({
  name: 'savePage',
  input: savePageInput,
  async authorize(actor, input, trx) {
    if (input.page_id != null) {
      const page = await pageById(trx, input.page_id);
      if (!page || page.cooperation_id !== input.cooperation_id) throw new NotFoundError('No such page.');
    }
    return canEditSite(actor, input.cooperation_id);
  },
  async run(trx, input, actor) {
    const before = input.page_id != null ? await pageById(trx, input.page_id) : undefined;
    const errors: FieldErrors = {};
    const taken = await pageBySlug(trx, input.cooperation_id, input.slug);
    if (taken && taken.id !== before?.id) errors.slug = ['is already used by another page of this site: choose another'];
    const parentId = input.parent_id ?? null;
    if (parentId !== null) {
      const parent = await pageById(trx, parentId);
      if (!parent || parent.cooperation_id !== input.cooperation_id) errors.parent_id = ['no page of this site has this id'];
      else if (parent.id === before?.id) errors.parent_id = ['a page cannot be its own parent'];
      else if (parent.parent_id !== null) errors.parent_id = ['must be a top-level page: the menu has two levels'];
      else if (before && (await childCount(trx, before.id)) > 0) errors.parent_id = ['this page has sub-pages, so it must stay at the top level'];
    }
    if (input.process_id != null && !(await processOfCooperation(trx, input.process_id, input.cooperation_id))) {
      errors.process_id = ['no progress plan of this cooperation has this id'];
    }
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);

    const now = new Date().toISOString();
    const fields = {
      slug: input.slug,
      parent_id: parentId,
      menu_order: input.menu_order ?? before?.menu_order ?? 0,
      show_in_menu: input.show_in_menu ? 1 : 0,
      title: JSON.stringify(input.title),
      summary: JSON.stringify(input.summary ?? {}),
      body: JSON.stringify(input.body ?? {}),
      translations: translationsJson(input.translations),
      illustrative: input.illustrative ? 1 : 0,
      process_id: input.process_id ?? null,
      updated_at: now,
    };
    const after = before
      ? await updatePage(trx, before.id, fields)
      : await insertPage(trx, { ...fields, cooperation_id: input.cooperation_id, status: 'draft', published_at: null, created_at: now });
    await insertRevision(trx, { page_id: after.id, saved_at: now, saved_by: actorLabel(actor), content: JSON.stringify(pageContent(after)) });
    if (after.status === 'published') await pagePublished(trx, after);
    return {
      result: { id: after.id, slug: after.slug },
      audit: [{ action: before ? 'page.update' : 'page.create', entityType: 'site_page', entityId: after.id, before, after }],
    };
  },
});
