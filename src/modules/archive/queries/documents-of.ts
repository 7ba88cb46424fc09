import type { Db } from '../../../platform/db/database';
import { applyFilters } from './filters';
import { SUMMARY_COLUMNS, summaryOf, type DocumentSummary } from './views';

/** The documents of a case, meeting, body or cooperation, newest first (for other modules' pages). */
export async function documentsOf(
  db: Db,
  where: { caseId?: number; meetingId?: number; bodyId?: number; cooperationId?: number; publicOnly: boolean },
): Promise<DocumentSummary[]> {
  const query = applyFilters(db.selectFrom('documents as d').select(SUMMARY_COLUMNS), where);
  const rows = await query.orderBy('d.document_date', 'desc').orderBy('d.id', 'desc').limit(1000).execute();
  return rows.map(summaryOf);
}
