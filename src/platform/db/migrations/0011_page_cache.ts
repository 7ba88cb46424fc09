import type { Kysely } from 'kysely';

// One counter per cooperation (and row 0 for everything else), bumped by every write in the
// command's own transaction: the page cache compares them to know whether a stored page is current,
// also when the write came from another process (docs/decisions/013-page-cache.md).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('page_versions')
    .addColumn('cooperation_id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('page_versions').execute();
}
