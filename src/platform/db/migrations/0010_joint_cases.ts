import { sql, type Kysely } from 'kysely';
import { columnTypes, oneOf } from '../column-types';

// Joint cases (fellessaker): one case paper referred to several member councils, each of which treats
// it in its own body on its own date and may resolve something different. What was referred is copied
// into the referral, so that a later edit of the case cannot change what the councils were asked, and
// every submission of a council's record is kept as a revision.

const PROPOSAL_MODES = ['whole', 'points'];
const OUTCOME_RULES = ['unanimous', 'qualified_majority', 'simple_majority'];
const WEIGHTINGS = ['equal', 'population'];
const COUNCIL_STATUSES = ['not_started', 'scheduled', 'treated', 'withdrawn'];
const COUNCIL_OUTCOMES = ['adopted_as_proposed', 'adopted_with_changes', 'rejected', 'postponed'];
const SUBMITTED_VIA = ['account', 'link', 'secretariat', 'seed'];

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await t
    .id(db.schema.createTable('joint_cases'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('restrict'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('deadline', t.date, (c) => c.notNull())
    .addColumn('proposal_mode', 'text', (c) => c.notNull().check(oneOf('proposal_mode', PROPOSAL_MODES)))
    .addColumn('proposal_text', 'text')
    .addColumn('proposal_points', 'text')
    .addColumn('outcome_rule', 'text', (c) => c.notNull().check(oneOf('outcome_rule', OUTCOME_RULES)))
    .addColumn('threshold_numerator', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('threshold_denominator', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('weighting', 'text', (c) => c.notNull().defaultTo('equal').check(oneOf('weighting', WEIGHTINGS)))
    .addColumn('reminder_days_before', 'integer')
    .addColumn('message', 'text')
    .addColumn('is_published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', t.instant)
    .addColumn('referred_at', t.instant, (c) => c.notNull())
    .addColumn('referred_by', 'text', (c) => c.notNull())
    .addColumn('is_illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('illustrative_note', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addCheckConstraint('joint_cases_threshold', sql`threshold_numerator > 0 and threshold_denominator >= threshold_numerator`)
    .addCheckConstraint('joint_cases_reminder_days', sql`reminder_days_before is null or reminder_days_before between 0 and 90`)
    .execute();
  await db.schema.createIndex('joint_cases_case').on('joint_cases').column('case_id').execute();
  await db.schema.createIndex('joint_cases_cooperation').on('joint_cases').columns(['cooperation_id', 'deadline']).execute();

  await t
    .id(db.schema.createTable('joint_case_councils'))
    .addColumn('joint_case_id', 'integer', (c) => c.notNull().references('joint_cases.id').onDelete('cascade'))
    .addColumn('member_code', 'text', (c) => c.notNull().references('authorities.code'))
    .addColumn('member_name', 'text', (c) => c.notNull())
    .addColumn('population', 'integer')
    .addColumn('clerk_email', 'text')
    .addColumn('council_body', 'text')
    .addColumn('meeting_date', t.date)
    .addColumn('local_case_number', 'text')
    .addColumn('local_archive_number', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('not_started').check(oneOf('status', COUNCIL_STATUSES)))
    .addColumn('outcome', 'text', (c) => c.check(oneOf('outcome', COUNCIL_OUTCOMES)))
    .addColumn('resolution_text', 'text')
    .addColumn('point_positions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('public_record_url', 'text')
    .addColumn('minute_extract_document_id', 'integer', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', t.instant)
    .addColumn('submitted_by', 'text')
    .addColumn('is_illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('illustrative_note', 'text')
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('joint_case_councils_once', ['joint_case_id', 'member_code'])
    .addCheckConstraint('joint_case_councils_outcome_when_treated', sql`outcome is null or status = 'treated'`)
    .execute();
  await db.schema.createIndex('joint_case_councils_member').on('joint_case_councils').columns(['member_code', 'status']).execute();

  await t
    .id(db.schema.createTable('joint_case_council_revisions'))
    .addColumn('council_id', 'integer', (c) => c.notNull().references('joint_case_councils.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('submitted_at', t.instant, (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_via', 'text', (c) => c.notNull().check(oneOf('submitted_via', SUBMITTED_VIA)))
    .addUniqueConstraint('joint_case_council_revisions_once', ['council_id', 'revision'])
    .execute();

  await t
    .id(db.schema.createTable('joint_case_links'))
    .addColumn('council_id', 'integer', (c) => c.notNull().references('joint_case_councils.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .addColumn('used_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('joint_case_links_council').on('joint_case_links').column('council_id').execute();

  await t
    .id(db.schema.createTable('joint_case_reminders'))
    .addColumn('council_id', 'integer', (c) => c.notNull().references('joint_case_councils.id').onDelete('cascade'))
    .addColumn('due_on', t.date, (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('sent_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('joint_case_reminders_once', ['council_id', 'due_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['joint_case_reminders', 'joint_case_links', 'joint_case_council_revisions', 'joint_case_councils', 'joint_cases']) {
    await db.schema.dropTable(table).execute();
  }
}
