import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await t
    .id(db.schema.createTable('bodies'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('composition', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('bodies_slug_unique', ['cooperation_id', 'slug'])
    .execute();

  await t
    .id(db.schema.createTable('persons'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await t
    .id(db.schema.createTable('seats'))
    .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.references('persons.id'))
    .addColumn('on_behalf_of_code', 'text', (c) => c.references('authorities.code'))
    .addColumn('office', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull().defaultTo('member'))
    .addColumn('is_deputy', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('start_on', t.date)
    .addColumn('end_on', t.date)
    .addColumn('note', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('seats_body').on('seats').column('body_id').execute();
  await db.schema.createIndex('seats_person').on('seats').column('person_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('seats').execute();
  await db.schema.dropTable('persons').execute();
  await db.schema.dropTable('bodies').execute();
}
