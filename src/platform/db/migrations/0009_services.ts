import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types';

// Joint services, their participants, decisions and status history, cost keys, population per
// 1 January, and the merger rule of each cooperation with a record of every merger applied.
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await t
    .id(db.schema.createTable('focus_areas'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('focus_areas_slug_unique', ['cooperation_id', 'slug'])
    .execute();

  await t
    .id(db.schema.createTable('services'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('focus_area_id', 'integer', (c) => c.references('focus_areas.id').onDelete('set null'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('legal_form', 'text')
    .addColumn('legal_basis', 'text')
    .addColumn('host_code', 'text', (c) => c.references('authorities.code'))
    .addColumn('host_role', 'text', (c) => c.notNull().defaultTo('host'))
    .addColumn('run_by_cooperation_id', 'integer', (c) => c.references('cooperations.id'))
    .addColumn('agreement', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('agreement_href', 'text')
    .addColumn('start_on', t.date)
    .addColumn('end_on', t.date)
    .addColumn('source_note', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('services_slug_unique', ['cooperation_id', 'slug'])
    .execute();

  await t
    .id(db.schema.createTable('service_participants'))
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('member_code', 'text', (c) => c.notNull().references('authorities.code'))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('participant'))
    .addColumn('start_on', t.date)
    .addColumn('end_on', t.date)
    .addColumn('note', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('service_participants_service').on('service_participants').column('service_id').execute();

  await t
    .id(db.schema.createTable('service_decisions'))
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('effective_on', t.date, (c) => c.notNull())
    .addColumn('target_service_id', 'integer', (c) => c.references('services.id'))
    .addColumn('target_authority_code', 'text', (c) => c.references('authorities.code'))
    .addColumn('target_name', 'text')
    .addColumn('case_id', 'integer')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('recorded_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_decisions_service').on('service_decisions').column('service_id').execute();

  await t
    .id(db.schema.createTable('service_status_events'))
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('effective_on', t.date)
    .addColumn('decision_id', 'integer', (c) => c.references('service_decisions.id').onDelete('set null'))
    .addColumn('decided_by_case_id', 'integer')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('recorded_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_status_events_service').on('service_status_events').column('service_id').execute();

  await t
    .id(db.schema.createTable('cost_keys'))
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('budget', 'bigint')
    .addColumn('rate_ore', 'integer')
    .addColumn('fixed_share_percent', 'integer')
    .addColumn('population_year', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('cost_keys_year_unique', ['service_id', 'year'])
    .execute();

  await t
    .id(db.schema.createTable('cost_key_fixed_amounts'))
    .addColumn('cost_key_id', 'integer', (c) => c.notNull().references('cost_keys.id').onDelete('cascade'))
    .addColumn('member_code', 'text', (c) => c.notNull().references('authorities.code'))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('cost_key_fixed_amounts_unique', ['cost_key_id', 'member_code'])
    .execute();

  await db.schema
    .createTable('population')
    .addColumn('code', 'text', (c) => c.notNull().references('authorities.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('population_pk', ['code', 'year'])
    .execute();

  await db.schema
    .createTable('cooperation_merger_rules')
    .addColumn('cooperation_id', 'integer', (c) => c.primaryKey().references('cooperations.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('split_successors', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await t
    .id(db.schema.createTable('merger_applications'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('effective_on', t.date, (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('applied_at', t.instant, (c) => c.notNull())
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'merger_applications',
    'cooperation_merger_rules',
    'population',
    'cost_key_fixed_amounts',
    'cost_keys',
    'service_status_events',
    'service_decisions',
    'service_participants',
    'services',
    'focus_areas',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
