import type { Kysely } from 'kysely';
import type { Database, NewRow, Row, RowUpdate } from '../../platform/db/schema';
import { coversDate } from '../../platform/db/periods';

/** All SQL of surveys, invitations and responses. Takes a `Db` or a transaction; knows no rules. */
type Q = Kysely<Database>;

export type SurveyRow = Row<'surveys'>;
export type InvitationRow = Row<'survey_invitations'>;

// --- surveys ---

export function insertSurvey(q: Q, row: NewRow<'surveys'>): Promise<SurveyRow> {
  return q.insertInto('surveys').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateSurveyRow(q: Q, id: number, changes: RowUpdate<'surveys'>): Promise<SurveyRow> {
  return q.updateTable('surveys').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function surveyById(q: Q, id: number): Promise<SurveyRow | undefined> {
  return q.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Surveys with their cooperation's slug and number of responses, newest opening first. */
export function surveysWithCounts(q: Q, filter: { cooperationId?: number; id?: number; includeDrafts: boolean }) {
  let query = q
    .selectFrom('surveys as s')
    .innerJoin('cooperations as c', 'c.id', 's.cooperation_id')
    .selectAll('s')
    .select('c.slug as cooperation_slug')
    .select((eb) =>
      eb.selectFrom('survey_responses as r').select(eb.fn.countAll<number>().as('n')).whereRef('r.survey_id', '=', 's.id').as('response_count'),
    );
  if (filter.cooperationId !== undefined) query = query.where('s.cooperation_id', '=', filter.cooperationId);
  if (filter.id !== undefined) query = query.where('s.id', '=', filter.id);
  if (!filter.includeDrafts) query = query.where('s.status', '!=', 'draft');
  return query.orderBy('s.opens_on', 'desc').orderBy('s.id', 'desc').execute();
}

export async function responseCount(q: Q, surveyId: number): Promise<number> {
  const row = await q
    .selectFrom('survey_responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Makes existing responses as anonymous as a stronger promise says (no invitation, no time). */
export function scrubResponses(q: Q, surveyId: number) {
  return q.updateTable('survey_responses').set({ invitation_id: null, submitted_at: null }).where('survey_id', '=', surveyId).execute();
}

// --- audience ---

/**
 * Persons with an e-mail address who hold, on `on`, a seat with one of `offices` on behalf of one of
 * `codes` (in any body of the register), with the office and member of their first such seat.
 */
export function seatHolders(q: Q, offices: readonly string[], codes: readonly string[], on: string) {
  return q
    .selectFrom('seats as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .select(['p.id as person_id', 'p.name', 'p.email', 's.office', 's.on_behalf_of_code', 's.id as seat_id'])
    .where('s.office', 'in', [...offices])
    .where('s.on_behalf_of_code', 'in', [...codes])
    .where(coversDate('s.start_on', 's.end_on', on))
    .orderBy('p.id')
    .orderBy('s.id')
    .execute();
}

export function invitedPersonIds(q: Q, surveyId: number) {
  return q.selectFrom('survey_invitations').select('person_id').where('survey_id', '=', surveyId).execute();
}

export function insertInvitation(q: Q, row: NewRow<'survey_invitations'>): Promise<InvitationRow> {
  return q.insertInto('survey_invitations').values(row).returningAll().executeTakeFirstOrThrow();
}

export function insertLink(q: Q, invitationId: number, tokenHash: string, at: string) {
  return q.insertInto('survey_invitation_links').values({ token_hash: tokenHash, invitation_id: invitationId, created_at: at }).execute();
}

export function deleteLink(q: Q, tokenHash: string) {
  return q.deleteFrom('survey_invitation_links').where('token_hash', '=', tokenHash).execute();
}

export function invitationByTokenHash(q: Q, tokenHash: string) {
  return q
    .selectFrom('survey_invitation_links as l')
    .innerJoin('survey_invitations as i', 'i.id', 'l.invitation_id')
    .selectAll('i')
    .where('l.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Marks the invitation used, only if it was not: the row lock (PostgreSQL) or the single writer
 * (SQLite) lets exactly one of two simultaneous submissions through.
 */
export async function markResponded(q: Q, invitationId: number, on: string): Promise<boolean> {
  const result = await q
    .updateTable('survey_invitations')
    .set({ responded_on: on })
    .where('id', '=', invitationId)
    .where('responded_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function invitationsWithPersons(q: Q, surveyId: number) {
  return q
    .selectFrom('survey_invitations as i')
    .innerJoin('persons as p', 'p.id', 'i.person_id')
    .selectAll('i')
    .select('p.name as person_name')
    .select((eb) =>
      eb
        .selectFrom('survey_reminder_deliveries as d')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('d.invitation_id', '=', 'i.id')
        .where('d.sent_at', 'is not', null)
        .as('reminders_sent'),
    )
    .where('i.survey_id', '=', surveyId)
    .orderBy('i.id')
    .execute();
}

// --- drafts and responses ---

export async function upsertDraft(q: Q, invitationId: number, answers: string, on: string) {
  await q
    .insertInto('survey_drafts')
    .values({ invitation_id: invitationId, answers, saved_on: on })
    .onConflict((oc) => oc.column('invitation_id').doUpdateSet({ answers, saved_on: on }))
    .execute();
}

export function draftOf(q: Q, invitationId: number) {
  return q.selectFrom('survey_drafts').selectAll().where('invitation_id', '=', invitationId).executeTakeFirst();
}

export function deleteDraft(q: Q, invitationId: number) {
  return q.deleteFrom('survey_drafts').where('invitation_id', '=', invitationId).execute();
}

export function insertResponse(q: Q, row: NewRow<'survey_responses'>) {
  return q.insertInto('survey_responses').values(row).execute();
}

/** Claims an open-link form's key; false when that form was already stored. */
export async function claimSubmissionKey(q: Q, surveyId: number, keyHash: string): Promise<boolean> {
  const rows = await q
    .insertInto('survey_submission_keys')
    .values({ survey_id: surveyId, key_hash: keyHash })
    .onConflict((oc) => oc.columns(['survey_id', 'key_hash']).doNothing())
    .returning('key_hash')
    .execute();
  return rows.length === 1;
}

export function responsesOf(q: Q, surveyId: number) {
  return q
    .selectFrom('survey_responses')
    .select(['role', 'municipality_code', 'answers', 'is_synthetic'])
    .where('survey_id', '=', surveyId)
    .orderBy('id')
    .execute();
}

// --- mailings ---

export function unsentInvitations(q: Q, surveyId: number) {
  return q
    .selectFrom('survey_invitations as i')
    .innerJoin('persons as p', 'p.id', 'i.person_id')
    .select(['i.id', 'i.email', 'p.name as person_name'])
    .where('i.survey_id', '=', surveyId)
    .where('i.sent_at', 'is', null)
    .where('i.responded_on', 'is', null)
    .orderBy('i.id')
    .execute();
}

export function setInvitationSent(q: Q, ids: number[], at: string) {
  if (ids.length === 0) return Promise.resolve();
  return q.updateTable('survey_invitations').set({ sent_at: at }).where('id', 'in', ids).execute();
}

/**
 * Writes a delivery row for every invitee who has not answered and has not had this reminder; returns
 * those it wrote. Two runs of the same reminder at once split the invitees between them, never share one.
 */
export async function claimReminderRecipients(q: Q, surveyId: number, reminderKey: string, at: string) {
  const candidates = await q
    .selectFrom('survey_invitations as i')
    .innerJoin('persons as p', 'p.id', 'i.person_id')
    .select(['i.id', 'i.email', 'p.name as person_name'])
    .where('i.survey_id', '=', surveyId)
    .where('i.responded_on', 'is', null)
    .where('i.sent_at', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('survey_reminder_deliveries as d')
            .select('d.invitation_id')
            .whereRef('d.invitation_id', '=', 'i.id')
            .where('d.reminder_key', '=', reminderKey),
        ),
      ),
    )
    .orderBy('i.id')
    .execute();
  const claimed: typeof candidates = [];
  for (const c of candidates) {
    const rows = await q
      .insertInto('survey_reminder_deliveries')
      .values({ reminder_key: reminderKey, invitation_id: c.id, claimed_at: at, sent_at: null })
      .onConflict((oc) => oc.columns(['reminder_key', 'invitation_id']).doNothing())
      .returning('invitation_id')
      .execute();
    if (rows.length === 1) claimed.push(c);
  }
  return claimed;
}

export function setRemindersSent(q: Q, reminderKey: string, ids: number[], at: string) {
  if (ids.length === 0) return Promise.resolve();
  return q
    .updateTable('survey_reminder_deliveries')
    .set({ sent_at: at })
    .where('reminder_key', '=', reminderKey)
    .where('invitation_id', 'in', ids)
    .execute();
}

/** A reminder that could not be sent is released, so that a later run may try again. */
export function releaseReminders(q: Q, reminderKey: string, ids: number[]) {
  if (ids.length === 0) return Promise.resolve();
  return q
    .deleteFrom('survey_reminder_deliveries')
    .where('reminder_key', '=', reminderKey)
    .where('invitation_id', 'in', ids)
    .where('sent_at', 'is', null)
    .execute();
}
