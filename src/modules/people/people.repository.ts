import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../../platform/db/schema';
import { coversDate } from '../../platform/db/periods';

/** All SQL of bodies, persons and seats. Takes a `Db` or a transaction; knows no rules. */
type Q = Kysely<Database>;

export type BodyRow = Row<'bodies'>;
export type PersonRow = Row<'persons'>;
export type SeatRow = Row<'seats'>;

// --- bodies ---

export async function cooperationExists(q: Q, id: number): Promise<boolean> {
  return (await q.selectFrom('cooperations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export function insertBody(q: Q, row: NewRow<'bodies'>): Promise<BodyRow> {
  return q.insertInto('bodies').values(row).returningAll().executeTakeFirstOrThrow();
}

export function bodyById(q: Q, id: number): Promise<BodyRow | undefined> {
  return q.selectFrom('bodies').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Bodies of a cooperation (or the one with `slug`), each with the number of seats it has ever had. */
export function bodiesWithSeatCounts(q: Q, cooperationId: number, slug?: string) {
  let query = q
    .selectFrom('bodies as b')
    .selectAll('b')
    .select((eb) =>
      eb
        .selectFrom('seats as s')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('s.body_id', '=', 'b.id')
        .as('seat_count'),
    )
    .where('b.cooperation_id', '=', cooperationId);
  if (slug !== undefined) query = query.where('b.slug', '=', slug);
  return query.orderBy('b.sort_order').orderBy('b.id').execute();
}

export function bodySlugTaken(q: Q, cooperationId: number, slug: string): Promise<{ id: number } | undefined> {
  return q.selectFrom('bodies').select('id').where('cooperation_id', '=', cooperationId).where('slug', '=', slug).executeTakeFirst();
}

// --- persons ---

export function insertPerson(q: Q, row: NewRow<'persons'>): Promise<PersonRow> {
  return q.insertInto('persons').values(row).returningAll().executeTakeFirstOrThrow();
}

export function personById(q: Q, id: number): Promise<PersonRow | undefined> {
  return q.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
}

// --- seats ---

export function insertSeat(q: Q, row: NewRow<'seats'>): Promise<SeatRow> {
  return q.insertInto('seats').values(row).returningAll().executeTakeFirstOrThrow();
}

export function seatById(q: Q, id: number): Promise<SeatRow | undefined> {
  return q.selectFrom('seats').selectAll().where('id', '=', id).executeTakeFirst();
}

export function setSeatEnd(q: Q, id: number, endOn: string): Promise<SeatRow> {
  return q.updateTable('seats').set({ end_on: endOn }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Seats of a body (those covering `at`, inclusive, when given), with the person and the member's register name. */
export function seatsOfBody(q: Q, bodyId: number, at?: string) {
  let query = q
    .selectFrom('seats as s')
    .leftJoin('persons as p', 'p.id', 's.person_id')
    .leftJoin('authorities as a', 'a.code', 's.on_behalf_of_code')
    .select([
      's.id',
      's.on_behalf_of_code',
      's.office',
      's.position',
      's.is_deputy',
      's.start_on',
      's.end_on',
      's.note',
      'p.name as person_name',
      'a.name as authority_name',
      'a.kind as authority_kind',
    ])
    .where('s.body_id', '=', bodyId);
  if (at !== undefined) {
    query = query.where(coversDate('s.start_on', 's.end_on', at));
  }
  return query.execute();
}
