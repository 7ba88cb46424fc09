import { sql, type Kysely } from 'kysely';
import { columnTypes, oneOf } from '../column-types';

// Meetings of bodies, their agendas, cases with their papers, the bodies' own case numbers, the
// treatment of each agenda item, and the minutes. Proposal and resolution live in separate columns
// (a resolution may differ from what was proposed, and both must stay readable).

const MEETING_KINDS = ['ordinary', 'extended', 'seminar', 'general_assembly'];
const MEETING_STATUSES = ['planned', 'summoned', 'held', 'minutes_approved', 'cancelled'];
const PROPOSAL_KINDS = ['forslag_til_vedtak', 'innstilling'];
const OUTCOMES = ['adopted_as_proposed', 'adopted_with_changes', 'rejected', 'postponed', 'noted'];
const LANGUAGES = ['nb', 'nn', 'en'];

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await t
    .id(db.schema.createTable('meetings'))
    .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('starts_at', t.instant, (c) => c.notNull())
    .addColumn('ends_at', t.instant)
    .addColumn('place', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', MEETING_KINDS)))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned').check(oneOf('status', MEETING_STATUSES)))
    .addColumn('cancelled_reason', 'text')
    .addColumn('summoned_at', t.instant)
    .addColumn('held_at', t.instant)
    .addColumn('minutes_approved_at', t.instant)
    .addColumn('minutes_approved_by', 'text')
    .addColumn('note', 'text')
    .addColumn('is_illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('illustrative_note', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addCheckConstraint('meetings_end_after_start', sql`ends_at is null or ends_at >= starts_at`)
    .execute();
  await db.schema.createIndex('meetings_body_start').on('meetings').columns(['body_id', 'starts_at']).execute();
  await db.schema.createIndex('meetings_start').on('meetings').column('starts_at').execute();

  await t
    .id(db.schema.createTable('cases'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('case_officer', 'text')
    .addColumn('archive_reference', 'text')
    .addColumn('proposal_kind', 'text', (c) => c.notNull().defaultTo('forslag_til_vedtak').check(oneOf('proposal_kind', PROPOSAL_KINDS)))
    .addColumn('proposal_text', 'text')
    .addColumn('proposal_points', 'text')
    .addColumn('background', 'text')
    .addColumn('assessment', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nb').check(oneOf('language', LANGUAGES)))
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('exempt_basis', 'text')
    .addColumn('is_illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('illustrative_note', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cases_cooperation').on('cases').column('cooperation_id').execute();

  // The counter behind each body's case numbers: one row per body and year, bumped with an upsert
  // inside the placing transaction, so two placements at the same moment never get the same number.
  await db.schema
    .createTable('case_number_sequences')
    .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_number_sequences_pk', ['body_id', 'year'])
    .execute();

  await t
    .id(db.schema.createTable('agenda_items'))
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.references('cases.id').onDelete('restrict'))
    .addColumn('number', 'integer')
    .addColumn('number_year', 'integer')
    .addColumn('title', 'text')
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('exempt_basis', 'text')
    .addColumn('is_illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('illustrative_note', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    // The backstop of the numbering: whatever the code does, a body never has the same number twice in a year.
    .addUniqueConstraint('agenda_items_number_unique', ['body_id', 'number_year', 'number'])
    .addUniqueConstraint('agenda_items_case_once', ['meeting_id', 'case_id'])
    .addCheckConstraint('agenda_items_case_or_title', sql`case_id is not null or title is not null`)
    .addCheckConstraint('agenda_items_number_with_case', sql`(case_id is null) = (number is null) and (number is null) = (number_year is null)`)
    .execute();
  await db.schema.createIndex('agenda_items_meeting').on('agenda_items').columns(['meeting_id', 'position']).execute();
  await db.schema.createIndex('agenda_items_case').on('agenda_items').column('case_id').execute();

  await t
    .id(db.schema.createTable('treatments'))
    .addColumn('agenda_item_id', 'integer', (c) => c.notNull().unique().references('agenda_items.id').onDelete('cascade'))
    .addColumn('outcome', 'text', (c) => c.notNull().check(oneOf('outcome', OUTCOMES)))
    .addColumn('resolution_text', 'text')
    .addColumn('resolution_points', 'text')
    .addColumn('amendments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('votes_for', 'integer')
    .addColumn('votes_against', 'integer')
    .addColumn('votes_blank', 'integer')
    .addColumn('votes_by_name', 'text')
    .addColumn('is_unanimous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('is_illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('illustrative_note', 'text')
    .addColumn('recorded_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await t
    .id(db.schema.createTable('minutes'))
    .addColumn('meeting_id', 'integer', (c) => c.notNull().unique().references('meetings.id').onDelete('cascade'))
    .addColumn('intro', 'text')
    .addColumn('present', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('absent', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('also_present', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('drafted_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('minutes').execute();
  await db.schema.dropTable('treatments').execute();
  await db.schema.dropTable('agenda_items').execute();
  await db.schema.dropTable('case_number_sequences').execute();
  await db.schema.dropTable('cases').execute();
  await db.schema.dropTable('meetings').execute();
}
