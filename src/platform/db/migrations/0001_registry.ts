import type { Kysely } from 'kysely';
import { columnTypes, oneOf } from '../column-types';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('authorities')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ['municipality', 'county'])))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('valid_from', t.date)
    .addColumn('valid_to', t.date)
    .addColumn('county_code', 'text')
    .execute();
  await db.schema.createIndex('authorities_validity').on('authorities').columns(['kind', 'valid_from', 'valid_to']).execute();

  await t
    .id(db.schema.createTable('authority_names'))
    .addColumn('code', 'text', (c) => c.notNull().references('authorities.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('valid_from', t.date)
    .addColumn('valid_to', t.date)
    .execute();
  await db.schema.createIndex('authority_names_code').on('authority_names').column('code').execute();

  await t
    .id(db.schema.createTable('authority_changes'))
    .addColumn('from_code', 'text', (c) => c.notNull().references('authorities.code'))
    .addColumn('to_code', 'text', (c) => c.notNull().references('authorities.code'))
    .addColumn('effective_on', t.date, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addUniqueConstraint('authority_changes_unique', ['from_code', 'to_code', 'effective_on'])
    .execute();
  await db.schema.createIndex('authority_changes_to').on('authority_changes').column('to_code').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('authority_changes').execute();
  await db.schema.dropTable('authority_names').execute();
  await db.schema.dropTable('authorities').execute();
}
