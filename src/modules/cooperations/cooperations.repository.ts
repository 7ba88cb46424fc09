import { sql, type Kysely } from 'kysely';
import type { Database, NewRow, Row, RowUpdate } from '../../platform/db/schema';
import { coversDate } from '../../platform/db/periods';

/** All SQL of cooperations and memberships. Takes a `Db` or a transaction; knows no rules. */
type Q = Kysely<Database>;

export type CooperationRow = Row<'cooperations'>;
export type MembershipRow = Row<'memberships'>;
export type AuthorityRow = Row<'authorities'>;

// --- cooperations ---

export async function insertCooperation(q: Q, row: NewRow<'cooperations'>): Promise<CooperationRow> {
  return q.insertInto('cooperations').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCooperationRow(q: Q, id: number, changes: RowUpdate<'cooperations'>): Promise<CooperationRow> {
  return q.updateTable('cooperations').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function cooperationById(q: Q, id: number): Promise<CooperationRow | undefined> {
  return q.selectFrom('cooperations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether any cooperation exists, without loading one. */
export async function anyCooperation(q: Q): Promise<boolean> {
  return (await q.selectFrom('cooperations').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export function cooperationIdBySlug(q: Q, slug: string): Promise<{ id: number } | undefined> {
  return q.selectFrom('cooperations').select('id').where('slug', '=', slug).executeTakeFirst();
}

/** Cooperations with the register names of their host and head-office municipalities. */
export function cooperationsWithPlaces(q: Q, slug?: string) {
  let query = q
    .selectFrom('cooperations as c')
    .leftJoin('authorities as host', 'host.code', 'c.host_code')
    .leftJoin('authorities as head', 'head.code', 'c.head_office_code')
    .selectAll('c')
    .select(['host.name as host_name', 'head.name as head_office_name']);
  if (slug !== undefined) query = query.where('c.slug', '=', slug);
  return query.execute();
}

// --- memberships ---

export async function insertMembership(q: Q, row: NewRow<'memberships'>): Promise<MembershipRow> {
  return q.insertInto('memberships').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function setMembershipEnd(q: Q, id: number, endOn: string): Promise<MembershipRow> {
  return q.updateTable('memberships').set({ end_on: endOn }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function membershipById(q: Q, id: number): Promise<MembershipRow | undefined> {
  return q.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
}

export function membershipsOfMember(q: Q, cooperationId: number, code: string): Promise<MembershipRow[]> {
  return q
    .selectFrom('memberships')
    .selectAll()
    .where('cooperation_id', '=', cooperationId)
    .where('member_code', '=', code)
    .execute();
}

/** The periods of every membership, for counting members per cooperation on a date. */
/**
 * Each cooperation's number of members on its default date (as `defaultMembershipDate` picks it: the
 * last day of one that has ended, the first of one not yet begun, else today), counted by the
 * database: the home page counts for every cooperation, and reading every membership row to count
 * them in JavaScript took most of that page's time at national scale.
 */
export async function memberCountsOnDefaultDate(q: Q, cooperationIds: readonly number[], today: string): Promise<Map<number, number>> {
  if (cooperationIds.length === 0) return new Map();
  const on = sql<string>`(case when c.ended_on is not null and c.ended_on < ${today} then c.ended_on
    when c.established_on is not null and c.established_on > ${today} then c.established_on else ${today} end)`;
  const rows = await q
    .selectFrom('memberships as m')
    .innerJoin('cooperations as c', 'c.id', 'm.cooperation_id')
    .select(({ fn }) => ['m.cooperation_id', fn.countAll<number>().as('n')])
    .where('m.cooperation_id', 'in', [...cooperationIds])
    .where((eb) => eb.and([eb.or([eb('m.start_on', 'is', null), eb('m.start_on', '<=', on)]), eb.or([eb('m.end_on', 'is', null), eb('m.end_on', '>=', on)])]))
    .groupBy('m.cooperation_id')
    .execute();
  return new Map(rows.map((r) => [r.cooperation_id, Number(r.n)]));
}

/** Memberships of one cooperation that cover `at` (inclusive), with the member's and its county's register rows. */
export function membershipsCovering(q: Q, cooperationId: number, at: string) {
  return q
    .selectFrom('memberships as m')
    .innerJoin('authorities as a', 'a.code', 'm.member_code')
    .leftJoin('authorities as county', 'county.code', 'a.county_code')
    .select([
      'm.id',
      'm.member_code',
      'm.start_on',
      'm.end_on',
      'm.note',
      'a.kind',
      'a.name',
      'a.county_code',
      'county.name as county_name',
    ])
    .where('m.cooperation_id', '=', cooperationId)
    .where(coversDate('m.start_on', 'm.end_on', at))
    .execute();
}

export function membershipsOfCodes(q: Q, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('memberships as m')
    .innerJoin('cooperations as c', 'c.id', 'm.cooperation_id')
    .select(['m.id', 'm.member_code', 'm.start_on', 'm.end_on', 'm.note', 'c.slug', 'c.name'])
    .where('m.member_code', 'in', [...codes])
    .execute();
}

// --- the register (read only) ---

export function authorityByCode(q: Q, code: string): Promise<AuthorityRow | undefined> {
  return q.selectFrom('authorities').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Every membership of one cooperation, over all time, with the member's name in the register. */
export function allMembershipsOf(q: Q, cooperationId: number) {
  return q
    .selectFrom('memberships as m')
    .leftJoin('authorities as a', 'a.code', 'm.member_code')
    .select(['m.id', 'm.member_code', 'm.start_on', 'm.end_on', 'm.note', 'a.name', 'a.kind'])
    .where('m.cooperation_id', '=', cooperationId)
    .execute();
}
