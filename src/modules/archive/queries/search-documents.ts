import type { Db } from '../../../platform/db/database';
import { isSearchable, parseSearchQuery, rankDocuments, searchIndexFor, snippetOf, stemsOf, type SnippetPart } from '../../../platform/search';
import { applyFilters, type DocumentFilters } from './filters';
import { SUMMARY_COLUMNS, summaryOf, type DocumentSummary } from './views';

export interface SearchHit extends DocumentSummary {
  snippet: SnippetPart[];
}

/**
 * The most recent matches considered for ranking. Both engines pick the same ones (newest first, then
 * id), so answers stay identical; a search that matches more than this ranks only the newest.
 */
export const MAX_RANKED = 5000;

/** Full-text search over the archive, ranked identically on SQLite and PostgreSQL (ADR 010). */
export async function searchDocuments(
  db: Db,
  q: string,
  filters: DocumentFilters,
  page: { page: number; limit: number },
): Promise<{ items: SearchHit[]; total: number }> {
  const query = parseSearchQuery(q);
  if (!isSearchable(query)) return { items: [], total: 0 };
  const index = searchIndexFor(db);
  const candidates = await applyFilters(db.selectFrom('documents as d').select(['d.id', 'd.document_date', 'd.title']), filters)
    .where('d.id', 'in', index.matching(query))
    .orderBy('d.document_date', 'desc')
    .orderBy('d.id', 'desc')
    .limit(MAX_RANKED)
    .execute();
  const stems = await index.stemsOf(candidates.map((c) => c.id));
  const ranked = rankDocuments(
    query,
    candidates.map((c) => ({ id: c.id, date: c.document_date, titleStems: stemsOf(c.title), stems: stems.get(c.id) ?? [] })),
  );
  const pageIds = ranked.slice((page.page - 1) * page.limit, page.page * page.limit).map((r) => r.id);
  if (pageIds.length === 0) return { items: [], total: ranked.length };
  const rows = await db.selectFrom('documents as d').select([...SUMMARY_COLUMNS, 'd.text']).where('d.id', 'in', pageIds).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = pageIds.map((id) => {
    const row = byId.get(id)!;
    return { ...summaryOf(row), snippet: snippetOf(row.text || row.description || row.title, query) };
  });
  return { items, total: ranked.length };
}
