import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { canSeeInternalDocuments } from '../archive.policy';
import { documentById } from '../archive.repository';
import { summaryOf, type DocumentSummary } from './views';

export interface DocumentDetail extends DocumentSummary {
  text: string;
  fileKey: string | null;
}

/** One document, or undefined when it does not exist or the actor may not see it (the two look the same). */
export async function getDocument(db: Db, id: number, actor: Actor): Promise<DocumentDetail | undefined> {
  const row = await documentById(db, id);
  if (!row) return undefined;
  if (row.is_public !== 1 && !canSeeInternalDocuments(actor, row.cooperation_id)) return undefined;
  return { ...summaryOf(row), text: row.text, fileKey: row.file_key };
}
