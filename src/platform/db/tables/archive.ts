import type { ColumnType, Generated } from 'kysely';

// The tables of documents and the search index (migration 0006). Same conventions as schema.ts.

export type DocumentKind = 'attachment' | 'case_paper' | 'summons' | 'minutes' | 'page' | 'news' | 'process' | 'source';

export interface DocumentsTable {
  id: Generated<number>;
  cooperation_id: number;
  kind: DocumentKind;
  title: string;
  description: string | null;
  /** The document's own language: nb, nn or en. */
  language: string;
  body_id: number | null;
  /** Meetings and cases live in migration 0005; kept as plain ids so the archive does not depend on their shape. */
  meeting_id: number | null;
  case_id: number | null;
  document_date: string;
  is_public: number;
  /** The offentleglova paragraph when the document is exempt from public access. */
  exempt_basis: string | null;
  /** The content-addressed key in the file store; null for documents without a file (web pages). */
  file_key: string | null;
  file_name: string | null;
  media_type: string | null;
  file_size: number | null;
  /** The document's plain text: the source of the search index and of snippets. */
  text: string;
  /** Where the document lives on the site when it is a page rather than a file. */
  href: string | null;
  /** Set for documents other modules generate (`case-paper:12`), so registering again updates the one row. */
  source_key: string | null;
  created_at: string;
  updated_at: ColumnType<string, string, string>;
}

/** The stemmed token string of each document; SQLite mirrors it in FTS5, PostgreSQL in a tsvector column. */
export interface SearchEntriesTable {
  document_id: number;
  tokens: string;
  token_count: number;
}

export interface ArchiveTables {
  documents: DocumentsTable;
  search_entries: SearchEntriesTable;
}
