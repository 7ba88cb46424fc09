import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres, oneOf } from '../column-types';

// Surveys of officials (issue 6) and the small job schedule that sends their reminders.
// Anonymity lives in the shape of survey_responses: no reference to an invitation or a person, a random
// id, and no time finer than the day when the survey is anonymous (docs/decisions/011-survey-anonymity.md).

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await t
    .id(db.schema.createTable('surveys'))
    .addColumn('cooperation_id', 'integer', (c) => c.notNull().references('cooperations.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('source_note', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nb').check(oneOf('language', ['nb', 'nn', 'en'])))
    .addColumn('anonymity', 'text', (c) => c.notNull().check(oneOf('anonymity', ['anonymous', 'confidential', 'named'])))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(oneOf('status', ['draft', 'open', 'closed'])))
    .addColumn('opens_on', t.date, (c) => c.notNull())
    .addColumn('closes_on', t.date, (c) => c.notNull())
    .addColumn('closed_on', t.date)
    .addColumn('open_link', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('results_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_synthetic', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('surveys_cooperation').on('surveys').column('cooperation_id').execute();

  await t
    .id(db.schema.createTable('survey_invitations'))
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('authorities.code'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('sent_at', t.instant)
    // A day, never a time: with the day alone an anonymous response cannot be matched to its invitation.
    .addColumn('responded_on', t.date)
    .addUniqueConstraint('survey_invitations_person_unique', ['survey_id', 'person_id'])
    .execute();

  // Each e-mail carries its own link; only the SHA-256 of the token is kept, so a copy of the
  // database opens no one's form.
  await db.schema
    .createTable('survey_invitation_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('invitation_id', 'integer', (c) => c.notNull().references('survey_invitations.id').onDelete('cascade'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_invitation_links_invitation').on('survey_invitation_links').column('invitation_id').execute();

  // Answers being written through a personal link, kept until they are sent (then deleted).
  await db.schema
    .createTable('survey_drafts')
    .addColumn('invitation_id', 'integer', (c) => c.primaryKey().references('survey_invitations.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('saved_on', t.date, (c) => c.notNull())
    .execute();

  // A random text id, and on SQLite no hidden rowid: neither reveals the order responses came in.
  let responses = db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('authorities.code'))
    .addColumn('channel', 'text', (c) => c.notNull().check(oneOf('channel', ['invitation', 'open_link'])))
    .addColumn('answers', 'text', (c) => c.notNull())
    // Only for confidential and named surveys; null when the survey is anonymous.
    .addColumn('invitation_id', 'integer', (c) => c.references('survey_invitations.id').onDelete('set null').unique())
    .addColumn('submitted_at', t.instant)
    .addColumn('is_synthetic', 'integer', (c) => c.notNull().defaultTo(0));
  if (!isPostgres(db)) responses = responses.modifyEnd(sql`without rowid`);
  await responses.execute();
  await db.schema.createIndex('survey_responses_survey').on('survey_responses').column('survey_id').execute();

  // A hash of the hidden key of an open-link form: the same form sent twice is stored once.
  await db.schema
    .createTable('survey_submission_keys')
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_submission_keys_pk', ['survey_id', 'key_hash'])
    .execute();

  // One row per reminder and invitee, written before the e-mail goes: a reminder is never sent twice.
  await db.schema
    .createTable('survey_reminder_deliveries')
    .addColumn('reminder_key', 'text', (c) => c.notNull())
    .addColumn('invitation_id', 'integer', (c) => c.notNull().references('survey_invitations.id').onDelete('cascade'))
    .addColumn('claimed_at', t.instant, (c) => c.notNull())
    .addColumn('sent_at', t.instant)
    .addPrimaryKeyConstraint('survey_reminder_deliveries_pk', ['reminder_key', 'invitation_id'])
    .execute();

  await t
    .id(db.schema.createTable('jobs'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('run_at', t.instant, (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('claimed_at', t.instant)
    .addColumn('done_at', t.instant)
    .addColumn('failed_at', t.instant)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['done_at', 'run_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'jobs',
    'survey_reminder_deliveries',
    'survey_submission_keys',
    'survey_responses',
    'survey_drafts',
    'survey_invitation_links',
    'survey_invitations',
    'surveys',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
