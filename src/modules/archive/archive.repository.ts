import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../../platform/db/schema';
import { searchIndexFor } from '../../platform/search';

/** All SQL of documents. Every write also writes the search index, in the caller's transaction. */
type Q = Kysely<Database>;
export type DocumentRow = Row<'documents'>;

/** What the index holds of a document: its title, description and text. */
const indexedText = (row: Pick<DocumentRow, 'title' | 'description' | 'text'>) => [row.title, row.description ?? '', row.text].join('\n');

export async function insertDocument(q: Q, row: NewRow<'documents'>): Promise<DocumentRow> {
  const stored = await q.insertInto('documents').values(row).returningAll().executeTakeFirstOrThrow();
  await searchIndexFor(q).put(stored.id, indexedText(stored));
  return stored;
}

export async function replaceDocument(q: Q, id: number, row: Partial<NewRow<'documents'>>): Promise<DocumentRow> {
  const stored = await q.updateTable('documents').set(row).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  if (row.title !== undefined || row.text !== undefined || row.description !== undefined) await searchIndexFor(q).put(id, indexedText(stored));
  return stored;
}

export async function deleteDocument(q: Q, id: number): Promise<void> {
  await searchIndexFor(q).remove(id);
  await q.deleteFrom('documents').where('id', '=', id).execute();
}

export function documentById(q: Q, id: number): Promise<DocumentRow | undefined> {
  return q.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export function documentBySourceKey(q: Q, sourceKey: string): Promise<DocumentRow | undefined> {
  return q.selectFrom('documents').selectAll().where('source_key', '=', sourceKey).executeTakeFirst();
}

export async function cooperationExists(q: Q, id: number): Promise<boolean> {
  return (await q.selectFrom('cooperations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function bodyBelongsTo(q: Q, bodyId: number, cooperationId: number): Promise<boolean> {
  const row = await q.selectFrom('bodies').select('id').where('id', '=', bodyId).where('cooperation_id', '=', cooperationId).executeTakeFirst();
  return row !== undefined;
}
