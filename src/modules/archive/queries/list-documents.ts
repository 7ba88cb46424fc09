import type { Db } from '../../../platform/db/database';
import { applyFilters, type DocumentFilters } from './filters';
import { SUMMARY_COLUMNS, summaryOf, type DocumentSummary } from './views';

/** One page of documents, newest first, and how many there are in all. */
export async function listDocuments(
  db: Db,
  filters: DocumentFilters,
  page: { page: number; limit: number },
): Promise<{ items: DocumentSummary[]; total: number }> {
  const base = applyFilters(db.selectFrom('documents as d'), filters);
  const [{ n }] = (await base.select((eb) => eb.fn.countAll<number>().as('n')).execute()) as [{ n: number }];
  const rows = await applyFilters(db.selectFrom('documents as d').select(SUMMARY_COLUMNS), filters)
    .orderBy('d.document_date', 'desc')
    .orderBy('d.id', 'desc')
    .limit(page.limit)
    .offset((page.page - 1) * page.limit)
    .execute();
  return { items: rows.map(summaryOf), total: Number(n) };
}
