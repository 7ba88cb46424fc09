import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres, oneOf } from '../column-types';

const KINDS = ['attachment', 'case_paper', 'summons', 'minutes', 'page', 'news', 'process', 'source'];

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await t
    .id(db.schema.createTable('documents'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', KINDS)))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nb'))
    .addColumn('body_id', 'integer', (c) => c.references('bodies.id').onDelete('set null'))
    .addColumn('meeting_id', 'integer')
    .addColumn('case_id', 'integer')
    .addColumn('document_date', t.date, (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('exempt_basis', 'text')
    .addColumn('file_key', 'text')
    .addColumn('file_name', 'text')
    .addColumn('media_type', 'text')
    .addColumn('file_size', 'integer')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('href', 'text')
    .addColumn('source_key', 'text', (c) => c.unique())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  // Lists are newest first within a cooperation; the filters narrow by kind, body and case.
  await db.schema.createIndex('documents_cooperation_date').on('documents').columns(['cooperation_id', 'document_date', 'id']).execute();
  await db.schema.createIndex('documents_public_date').on('documents').columns(['is_public', 'document_date', 'id']).execute();
  await db.schema.createIndex('documents_case').on('documents').column('case_id').execute();
  await db.schema.createIndex('documents_meeting').on('documents').column('meeting_id').execute();
  await db.schema.createIndex('documents_body').on('documents').column('body_id').execute();

  await db.schema
    .createTable('search_entries')
    .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('tokens', 'text', (c) => c.notNull())
    .addColumn('token_count', 'integer', (c) => c.notNull())
    .execute();

  if (isPostgres(db)) {
    // Written by the application from the same stemmed tokens (with positions) that SQLite indexes,
    // so no PostgreSQL dictionary or parser ever touches the words.
    await sql`alter table search_entries add column vector tsvector not null`.execute(db);
    await sql`create index search_entries_vector on search_entries using gin (vector)`.execute(db);
  } else {
    await sql`create virtual table search_fts using fts5(tokens, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table if exists search_fts`.execute(db);
  await db.schema.dropTable('search_entries').execute();
  await db.schema.dropTable('documents').execute();
}
