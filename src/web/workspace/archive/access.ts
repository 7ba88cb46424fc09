import type { Context } from 'hono';
import { removeDocument, updateDocumentAccess } from '../../../modules/archive';
import { execute } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { onCooperation } from '../cooperation-kit';
import { idOf, postedValues, savedRedirect } from '../handler-kit';
import { MANAGE } from '../manage-paths';
import { renderArchive } from './archive-page';

// The commands check that the document belongs to a cooperation the actor keeps (else 404).

/** `POST …/arkiv/:id/tilgang`: public or internal, and the exemption basis. */
export const updateAccessSubmit = onCooperation(MANAGE.archive, async ({ c, p, coop }) => {
  const v = await postedValues(c);
  try {
    await execute(c.var.db, updateDocumentAccess, p.actor, { document_id: documentId(c), is_public: v.is_public === 'on', exempt_basis: v.exempt_basis ?? null });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return renderArchive(c, p, coop, null, 422, Object.values(error.fieldErrors).flat());
  }
  return savedRedirect(c, p, MANAGE.archive(coop.slug), 'tilgang');
});

/** `POST …/arkiv/:id/trekk-tilbake`: removes an uploaded document (files stay in the content store). */
export const withdrawSubmit = onCooperation(MANAGE.archive, async ({ c, p, coop }) => {
  await execute(c.var.db, removeDocument, p.actor, { document_id: documentId(c) });
  return savedRedirect(c, p, MANAGE.archive(coop.slug), 'trukket');
});

function documentId(c: Context<AppEnv>): number {
  return idOf(c.req.param('id')) ?? 0;
}
