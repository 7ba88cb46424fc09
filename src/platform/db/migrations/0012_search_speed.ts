import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../column-types';

// Search at national scale (ADR 010, issue 8).
export async function up(db: Kysely<any>): Promise<void> {
  // Search walks the index's matches from the highest document id down and keeps those that pass the
  // filters: one look-up of `documents` per match. In the table each look-up lands on a page of its own
  // (the rows carry the text); this index holds only the filter columns, a hundred rows to a page.
  await db.schema
    .createIndex('documents_search_filters')
    .on('documents')
    .columns(['id', 'is_public', 'cooperation_id', 'kind', 'document_date', 'body_id', 'case_id', 'meeting_id'])
    .execute();
  // Every stem ever indexed, so a prefix can be written out as its words (src/platform/search/terms.ts).
  // In byte order on both engines (PostgreSQL's "C"), so a prefix is one range of the primary key.
  if (isPostgres(db)) {
    await sql`create table search_terms (term text collate "C" primary key)`.execute(db);
    await sql`insert into search_terms (term) select distinct unnest(tsvector_to_array(vector)) from search_entries`.execute(db);
    return;
  }
  await sql`create table search_terms (term text primary key) without rowid`.execute(db);
  await sql`create virtual table temp.search_fts_words using fts5vocab(main, search_fts, 'row')`.execute(db);
  await sql`insert into search_terms (term) select term from temp.search_fts_words`.execute(db);
  await sql`drop table temp.search_fts_words`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table search_terms`.execute(db);
  await db.schema.dropIndex('documents_search_filters').execute();
}
