import { sql, type Selectable } from 'kysely';
import { isPostgres } from '../../../platform/db/column-types';
import type { Db } from '../../../platform/db/database';
import type { Database } from '../../../platform/db/schema';
import {
  isSearchable, parseSearchQuery, rankDocuments, searchIndexFor, snippetOf, stemsOf, type Rankable, type SearchQuery, type SnippetPart,
} from '../../../platform/search';
import { applyFilters, type DocumentFilters } from './filters';
import { SUMMARY_COLUMNS, summaryOf, type DocumentSummary } from './views';

export interface SearchHit extends DocumentSummary {
  snippet: SnippetPart[];
}

export interface SearchResult {
  items: SearchHit[];
  /** The number of ranked matches: all matches, or MAX_RANKED when `capped`. */
  total: number;
  /** Set when more documents match than were ranked: say "more than {total}" and suggest narrowing the search. */
  capped?: true;
}

/**
 * How many matches are ranked: the most recently archived ones (highest ids) that pass the filters.
 * Both engines read exactly these from their index, newest first, and stop there, so a common word
 * costs no more than a rare one and the answers stay identical on SQLite and PostgreSQL (ADR 010).
 */
export const MAX_RANKED = 200;

/** Full-text search over the archive, ranked identically on SQLite and PostgreSQL (ADR 010). */
export async function searchDocuments(db: Db, q: string, filters: DocumentFilters, page: { page: number; limit: number }): Promise<SearchResult> {
  const query = parseSearchQuery(q);
  if (!isSearchable(query)) return { items: [], total: 0 };
  const ids = await candidateIds(db, query, filters);
  const more = ids.length > MAX_RANKED ? ({ capped: true } as const) : {};
  const ranked = rankDocuments(query, await rankablesOf(db, ids.slice(0, MAX_RANKED)));
  const total = ranked.length;
  const pageIds = ranked.slice((page.page - 1) * page.limit, page.page * page.limit).map((r) => r.id);
  if (pageIds.length === 0) return { items: [], total, ...more };
  const rows = await db.selectFrom('documents as d').select([...SUMMARY_COLUMNS, 'd.text']).where('d.id', 'in', pageIds).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = pageIds.map((id) => {
    const row = byId.get(id)!;
    return { ...summaryOf(row), snippet: snippetOf(row.text || row.description || row.title, query) };
  });
  return { items, total, ...more };
}

/**
 * The filter columns of documents, read from the narrow index documents_search_filters (migration 0012):
 * one look-up per match, and in the table itself each lands on a page of its own (rows carry the text).
 * SQLite prefers the primary key unless told; the planner flattens this subquery and keeps the hint.
 * PostgreSQL chooses by itself.
 */
function filterColumns(db: Db) {
  if (isPostgres(db)) return sql<FilterColumns>`documents`.as('d');
  return sql<FilterColumns>`(select id, is_public, cooperation_id, kind, document_date, body_id, case_id, meeting_id from documents indexed by documents_search_filters)`.as('d');
}

type FilterColumns = Pick<Selectable<Database['documents']>, 'id' | 'is_public' | 'cooperation_id' | 'kind' | 'document_date' | 'body_id' | 'case_id' | 'meeting_id'>;

/** The MAX_RANKED + 1 highest matching ids that pass the filters (one more tells that there are more). */
async function candidateIds(db: Db, query: SearchQuery, filters: DocumentFilters): Promise<number[]> {
  const matched = db.selectFrom(await searchIndexFor(db).matches(query)).innerJoin(filterColumns(db), 'd.id', 'f.document_id').select('d.id');
  // applyFilters is typed for a query over `d` alone; it only adds `d.…` conditions, which hold here too.
  const rows = await (applyFilters(matched as never, filters) as unknown as typeof matched)
    // By the index's own key (not d.id), so SQLite streams from FTS5 without sorting every match.
    .orderBy('f.document_id', 'desc')
    .limit(MAX_RANKED + 1)
    .execute();
  return rows.map((r) => r.id);
}

async function rankablesOf(db: Db, ids: number[]): Promise<Rankable[]> {
  if (ids.length === 0) return [];
  const [docs, stems] = await Promise.all([
    db.selectFrom('documents').select(['id', 'document_date', 'title']).where('id', 'in', ids).execute(),
    searchIndexFor(db).stemsOf(ids),
  ]);
  return docs.map((d) => ({ id: d.id, date: d.document_date, titleTokens: stemsOf(d.title).join(' '), ...(stems.get(d.id) ?? { tokens: '', tokenCount: 0 }) }));
}
