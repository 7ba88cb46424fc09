import type { Kysely } from 'kysely';
import { columnTypes, oneOf } from '../column-types';

// A cooperation's own website (pages in a menu, with every saved version kept; news) and its progress
// plans (a process, the versions of its plan, and their milestones). Meetings, cases and surveys are
// linked by plain ids: their tables come from other migrations (surveys after this one), and the
// commands check the links instead.

const STATUSES = ['draft', 'published'] as const;
// Frozen here: a migration never changes after it ships, whatever the code's list becomes.
const MILESTONE_KINDS = ['survey', 'local_discussion', 'body_meeting', 'council_treatment', 'general_assembly', 'other'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await t
    .id(db.schema.createTable('processes'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('introduction', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('questions_intro', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('questions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('alternatives_intro', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('alternatives', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('survey_text', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('survey_id', 'integer')
    .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(oneOf('status', STATUSES)))
    .addColumn('published_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('processes_slug_unique', ['cooperation_id', 'slug'])
    .execute();

  await t
    .id(db.schema.createTable('process_plan_versions'))
    .addColumn('process_id', 'integer', (c) => c.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('adopted_on', t.date)
    .addColumn('case_id', 'integer')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('process_plan_versions_unique', ['process_id', 'version'])
    .execute();

  await t
    .id(db.schema.createTable('process_milestones'))
    .addColumn('plan_version_id', 'integer', (c) => c.notNull().references('process_plan_versions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', MILESTONE_KINDS)))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_on', t.date, (c) => c.notNull())
    .addColumn('ends_on', t.date)
    .addColumn('body_id', 'integer', (c) => c.references('bodies.id').onDelete('set null'))
    .addColumn('meeting_id', 'integer')
    .addColumn('case_id', 'integer')
    .addColumn('survey_id', 'integer')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('process_milestones_version').on('process_milestones').columns(['plan_version_id', 'starts_on']).execute();

  await t
    .id(db.schema.createTable('site_pages'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('site_pages.id').onDelete('set null'))
    .addColumn('menu_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('show_in_menu', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('process_id', 'integer', (c) => c.references('processes.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(oneOf('status', STATUSES)))
    .addColumn('published_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('site_pages_slug_unique', ['cooperation_id', 'slug'])
    .execute();

  await t
    .id(db.schema.createTable('site_page_revisions'))
    .addColumn('page_id', 'integer', (c) => c.notNull().references('site_pages.id').onDelete('cascade'))
    .addColumn('saved_at', t.instant, (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('site_page_revisions_page').on('site_page_revisions').columns(['page_id', 'saved_at']).execute();

  await t
    .id(db.schema.createTable('site_news'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_on', t.date, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(oneOf('status', STATUSES)))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('site_news_slug_unique', ['cooperation_id', 'slug'])
    .execute();
  await db.schema.createIndex('site_news_published').on('site_news').columns(['cooperation_id', 'published_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('site_news').execute();
  await db.schema.dropTable('site_page_revisions').execute();
  await db.schema.dropTable('site_pages').execute();
  await db.schema.dropTable('process_milestones').execute();
  await db.schema.dropTable('process_plan_versions').execute();
  await db.schema.dropTable('processes').execute();
}
