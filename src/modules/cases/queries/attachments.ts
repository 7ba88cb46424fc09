import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { documentsOf, type DocumentSummary } from '../../archive';
import { caseById } from '../cases.repository';
import { mayRead } from './case-views';
import { visibleTo } from '../cases.policy';

/**
 * The attachments (vedlegg) and other archive documents of a case; uploading them is the archive's
 * `addDocument` with `case_id`. Readers who may not see internal papers get the public ones only.
 */
export async function caseAttachments(db: Db, caseId: number, actor: Actor): Promise<DocumentSummary[]> {
  const row = await caseById(db, caseId);
  if (!row || !mayRead(actor, row)) return [];
  const publicOnly = visibleTo(actor, row.cooperation_id) === 'public';
  return (await documentsOf(db, { caseId, publicOnly })).filter((d) => d.kind === 'attachment');
}
