import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await t
    .id(db.schema.createTable('cooperations'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('legal_form', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text')
    .addColumn('tagline', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('host_code', 'text', (c) => c.references('authorities.code'))
    .addColumn('head_office_code', 'text', (c) => c.references('authorities.code'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('established_on', t.date)
    .addColumn('ended_on', t.date)
    .addColumn('source_note', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await t
    .id(db.schema.createTable('memberships'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('member_code', 'text', (c) => c.notNull().references('authorities.code'))
    .addColumn('start_on', t.date)
    .addColumn('end_on', t.date)
    .addColumn('note', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('memberships_cooperation').on('memberships').columns(['cooperation_id', 'start_on']).execute();
  await db.schema.createIndex('memberships_member').on('memberships').column('member_code').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('memberships').execute();
  await db.schema.dropTable('cooperations').execute();
}
