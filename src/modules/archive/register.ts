import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { ValidationError, fieldErrorsFromZod } from '../../platform/errors';
import { deleteDocument, documentBySourceKey, insertDocument, replaceDocument } from './archive.repository';
import { registerDocumentInput, type RegisterDocumentInput } from './archive.schemas';
import { documentRowOf } from './document-row';

/**
 * For documents other modules generate (case papers, summons, minutes, pages, news, processes):
 * inserts or updates the one document with this `source_key`, search entry included. Runs inside
 * the caller's command, which checked permission and writes the audit entry.
 */
export async function registerDocument(trx: Transaction<Database>, input: RegisterDocumentInput): Promise<number> {
  const parsed = registerDocumentInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error.issues));
  const now = new Date().toISOString();
  const row = await documentRowOf(trx, parsed.data, now);
  const existing = await documentBySourceKey(trx, parsed.data.source_key);
  if (existing) {
    const { created_at: _created, ...changes } = row;
    return (await replaceDocument(trx, existing.id, { ...changes, text: row.text, title: row.title })).id;
  }
  return (await insertDocument(trx, { ...row, source_key: parsed.data.source_key })).id;
}

/** Removes the generated document with this key (e.g. a page unpublished); nothing happens when there is none. */
export async function withdrawDocument(trx: Transaction<Database>, sourceKey: string): Promise<void> {
  const existing = await documentBySourceKey(trx, sourceKey);
  if (existing) await deleteDocument(trx, existing.id);
}
