import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../../platform/db/column-types';
import type { Database, NewRow, Row, RowUpdate } from '../../platform/db/schema';
import type { MeetingFilter } from './queries/views';
import { startOfOsloDay } from './oslo-time';

/** All SQL of meetings, agenda items, treatments, minutes and case numbers. Knows no rules. */
type Q = Kysely<Database>;

export type MeetingRow = Row<'meetings'>;
export type AgendaItemRow = Row<'agenda_items'>;
export type TreatmentRow = Row<'treatments'>;
export type MinutesRow = Row<'minutes'>;

// --- meetings ---

/** A meeting with what the rules and views need about its body and cooperation. */
export function meetingsQuery(q: Q) {
  return q
    .selectFrom('meetings as m')
    .innerJoin('bodies as b', 'b.id', 'm.body_id')
    .innerJoin('cooperations as c', 'c.id', 'b.cooperation_id')
    .selectAll('m')
    .select([
      'b.slug as body_slug',
      'b.name as body_name',
      'b.cooperation_id as cooperation_id',
      'c.slug as cooperation_slug',
      (eb) => eb.selectFrom('agenda_items as a').select(eb.fn.countAll<number>().as('n')).whereRef('a.meeting_id', '=', 'm.id').as('agenda_item_count'),
    ]);
}
export type MeetingWithBody = NonNullable<Awaited<ReturnType<typeof meetingWithBody>>>;

export function meetingWithBody(q: Q, id: number) {
  return meetingsQuery(q).where('m.id', '=', id).executeTakeFirst();
}

function filtered(q: Q, filter: MeetingFilter) {
  let query = meetingsQuery(q);
  if (filter.cooperationId !== undefined) query = query.where('b.cooperation_id', '=', filter.cooperationId);
  if (filter.bodyId !== undefined) query = query.where('m.body_id', '=', filter.bodyId);
  if (filter.status !== undefined) query = query.where('m.status', '=', filter.status);
  if (filter.from) query = query.where('m.starts_at', '>=', startOfOsloDay(filter.from));
  if (filter.to) query = query.where('m.starts_at', '<', startOfOsloDay(nextDay(filter.to)));
  return query;
}

export function findMeetings(q: Q, filter: MeetingFilter) {
  let query = filtered(q, filter).orderBy('m.starts_at', filter.order ?? 'asc').orderBy('m.id', filter.order ?? 'asc');
  if (filter.limit !== undefined) query = query.limit(filter.limit).offset(filter.offset ?? 0);
  return query.execute();
}

export async function countMeetingRows(q: Q, filter: MeetingFilter): Promise<number> {
  const rows = await filtered(q, filter).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).execute();
  return Number(rows[0]?.n ?? 0);
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function insertMeeting(q: Q, row: NewRow<'meetings'>) {
  return q.insertInto('meetings').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateMeetingRow(q: Q, id: number, changes: RowUpdate<'meetings'>) {
  return q.updateTable('meetings').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/**
 * Takes the meeting's row lock on PostgreSQL, so that two writers to one meeting (an approval and an
 * edit, say) run one after the other and the second sees the first's status. SQLite has one writer.
 */
export async function lockMeeting(q: Q, id: number): Promise<void> {
  if (isPostgres(q)) {
    await sql`select id from meetings where id = ${id} for update`.execute(q);
  }
}

export function bodyOf(q: Q, bodyId: number) {
  return q.selectFrom('bodies').select(['id', 'cooperation_id', 'slug', 'name']).where('id', '=', bodyId).executeTakeFirst();
}

// --- agenda items ---

export function agendaItemsOf(q: Q, meetingIds: number[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('agenda_items as a')
    .leftJoin('cases as k', 'k.id', 'a.case_id')
    .leftJoin('treatments as t', 't.agenda_item_id', 'a.id')
    .selectAll('a')
    .select([
      'k.title as case_title',
      'k.is_public as case_is_public',
      'k.exempt_basis as case_exempt_basis',
      'k.proposal_kind',
      'k.proposal_text',
      'k.proposal_points',
      't.id as treatment_id',
    ])
    .where('a.meeting_id', 'in', meetingIds)
    .orderBy('a.meeting_id')
    .orderBy('a.position')
    .orderBy('a.id')
    .execute();
}
export type AgendaItemWithCase = Awaited<ReturnType<typeof agendaItemsOf>>[number];

export function agendaItemById(q: Q, id: number) {
  return q.selectFrom('agenda_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextPosition(q: Q, meetingId: number): Promise<number> {
  const row = await q
    .selectFrom('agenda_items')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return Number(row?.p ?? 0) + 1;
}

export function insertAgendaItem(q: Q, row: NewRow<'agenda_items'>) {
  return q.insertInto('agenda_items').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateAgendaItemRow(q: Q, id: number, changes: RowUpdate<'agenda_items'>) {
  return q.updateTable('agenda_items').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function deleteAgendaItem(q: Q, id: number) {
  return q.deleteFrom('agenda_items').where('id', '=', id).execute();
}

/** The neighbour above (`up`) or below an item on its agenda. */
export function neighbourOf(q: Q, item: AgendaItemRow, direction: 'up' | 'down') {
  return q
    .selectFrom('agenda_items')
    .selectAll()
    .where('meeting_id', '=', item.meeting_id)
    .where('position', direction === 'up' ? '<' : '>', item.position)
    .orderBy('position', direction === 'up' ? 'desc' : 'asc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The next case number of a body in a year. One statement that inserts the year's first number or
 * bumps the last one; its row lock (PostgreSQL) or the single writer (SQLite) serializes placements
 * until the transaction ends, so concurrent placements get distinct numbers without retries.
 */
export async function nextCaseNumber(q: Q, bodyId: number, year: number): Promise<number> {
  const row = await q
    .insertInto('case_number_sequences')
    .values({ body_id: bodyId, year, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(['body_id', 'year']).doUpdateSet({ last_number: sql`case_number_sequences.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}

// --- cases (as far as placing them needs) ---

export function caseForPlacing(q: Q, id: number) {
  return q.selectFrom('cases').select(['id', 'cooperation_id', 'title', 'is_public', 'exempt_basis']).where('id', '=', id).executeTakeFirst();
}

// --- treatments ---

export function treatmentsOf(q: Q, agendaItemIds: number[]) {
  if (agendaItemIds.length === 0) return Promise.resolve([]);
  return q.selectFrom('treatments').selectAll().where('agenda_item_id', 'in', agendaItemIds).execute();
}

export function treatmentOf(q: Q, agendaItemId: number) {
  return q.selectFrom('treatments').selectAll().where('agenda_item_id', '=', agendaItemId).executeTakeFirst();
}

export function insertTreatment(q: Q, row: NewRow<'treatments'>) {
  return q.insertInto('treatments').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateTreatmentRow(q: Q, id: number, changes: RowUpdate<'treatments'>) {
  return q.updateTable('treatments').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

// --- minutes ---

export function minutesOf(q: Q, meetingId: number) {
  return q.selectFrom('minutes').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();
}

export function insertMinutes(q: Q, row: NewRow<'minutes'>) {
  return q.insertInto('minutes').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateMinutesRow(q: Q, id: number, changes: RowUpdate<'minutes'>) {
  return q.updateTable('minutes').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}
