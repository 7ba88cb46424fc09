import type { Kysely } from 'kysely';
import type { Database, NewRow, Row, RowUpdate } from '../../platform/db/schema';

/** All SQL of cases and their paths through the bodies. Knows no rules. */
type Q = Kysely<Database>;

export type CaseRow = Row<'cases'>;
export type TreatmentRow = Row<'treatments'>;

export function insertCase(q: Q, row: NewRow<'cases'>) {
  return q.insertInto('cases').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateCaseRow(q: Q, id: number, changes: RowUpdate<'cases'>) {
  return q.updateTable('cases').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function cooperationExists(q: Q, id: number) {
  return q.selectFrom('cooperations').select('id').where('id', '=', id).executeTakeFirst();
}

function casesWithCooperation(q: Q) {
  return q.selectFrom('cases as k').innerJoin('cooperations as c', 'c.id', 'k.cooperation_id').selectAll('k').select('c.slug as cooperation_slug');
}

export function caseById(q: Q, id: number) {
  return casesWithCooperation(q).where('k.id', '=', id).executeTakeFirst();
}
export type CaseWithCooperation = NonNullable<Awaited<ReturnType<typeof caseById>>>;

export interface CaseFilter {
  cooperationId?: number;
  bodyId?: number;
  number?: { number: number; year: number };
  publicOnly?: boolean;
  /** Cases on no agenda yet: the ones the secretariat can place. */
  unplaced?: boolean;
}

function filteredCases(q: Q, filter: CaseFilter) {
  let query = casesWithCooperation(q);
  if (filter.cooperationId !== undefined) query = query.where('k.cooperation_id', '=', filter.cooperationId);
  if (filter.publicOnly) query = query.where('k.is_public', '=', 1);
  if (filter.bodyId !== undefined || filter.number !== undefined) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('agenda_items as a')
          .select('a.id')
          .whereRef('a.case_id', '=', 'k.id')
          .$if(filter.bodyId !== undefined, (s) => s.where('a.body_id', '=', filter.bodyId!))
          .$if(filter.number !== undefined, (s) => s.where('a.number', '=', filter.number!.number).where('a.number_year', '=', filter.number!.year))
          // A public reader must not find an exempt case by the number of a public item either.
          .$if(filter.publicOnly === true, (s) => s.where('a.is_public', '=', 1)),
      ),
    );
  }
  if (filter.unplaced) query = query.where((eb) => eb.not(eb.exists(eb.selectFrom('agenda_items as a').select('a.id').whereRef('a.case_id', '=', 'k.id'))));
  return query;
}

export function findCases(q: Q, filter: CaseFilter, page?: { limit: number; offset: number }) {
  let query = filteredCases(q, filter).orderBy('k.created_at', 'desc').orderBy('k.id', 'desc');
  if (page) query = query.limit(page.limit).offset(page.offset);
  return query.execute();
}

export async function countCaseRows(q: Q, filter: CaseFilter): Promise<number> {
  const row = await filteredCases(q, filter).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The agenda items of cases with their meetings, bodies and treatments, in meeting order: each case's path. */
export function pathsOf(q: Q, caseIds: number[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('agenda_items as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .innerJoin('bodies as b', 'b.id', 'a.body_id')
    .leftJoin('treatments as t', 't.agenda_item_id', 'a.id')
    .select([
      'a.id as agenda_item_id',
      'a.case_id',
      'a.number',
      'a.number_year',
      'a.is_public as item_is_public',
      'm.id as meeting_id',
      'm.starts_at',
      'm.status as meeting_status',
      'b.id as body_id',
      'b.slug as body_slug',
      'b.name as body_name',
    ])
    .select([
      't.id as t_id', 't.outcome as t_outcome', 't.resolution_text as t_resolution_text', 't.resolution_points as t_resolution_points',
      't.amendments as t_amendments', 't.votes_for as t_votes_for', 't.votes_against as t_votes_against', 't.votes_blank as t_votes_blank',
      't.votes_by_name as t_votes_by_name', 't.is_unanimous as t_is_unanimous', 't.notes as t_notes', 't.is_illustrative as t_is_illustrative',
      't.illustrative_note as t_illustrative_note', 't.recorded_at as t_recorded_at',
    ])
    .where('a.case_id', 'in', caseIds)
    .orderBy('m.starts_at')
    .orderBy('a.id')
    .execute();
}
export type PathRow = Awaited<ReturnType<typeof pathsOf>>[number];

/** The case placed with this number by this body (slug) of a cooperation. */
export function caseIdByNumber(q: Q, cooperationId: number, bodySlug: string, number: number, year: number) {
  return q
    .selectFrom('agenda_items as a')
    .innerJoin('bodies as b', 'b.id', 'a.body_id')
    .select(['a.case_id'])
    .where('b.cooperation_id', '=', cooperationId)
    .where('b.slug', '=', bodySlug)
    .where('a.number', '=', number)
    .where('a.number_year', '=', year)
    .executeTakeFirst();
}
