import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { JointCaseCouncilsTable, JointCasesTable } from '../../platform/db/tables/joint-cases';

// All SQL of joint cases; no rules. Every function takes a Kysely (the database or a transaction).
type Q = Kysely<Database>;

export type JointCaseRow = Awaited<ReturnType<typeof jointCaseById>> & {};
export type CouncilRow = Awaited<ReturnType<typeof councilsOf>>[number];

export function jointCaseById(db: Q, id: number) {
  return db
    .selectFrom('joint_cases as j')
    .innerJoin('cooperations as c', 'c.id', 'j.cooperation_id')
    .selectAll('j')
    .select(['c.slug as cooperation_slug', 'c.name as cooperation_name'])
    .where('j.id', '=', id)
    .executeTakeFirst();
}

export interface JointCaseFilter {
  cooperationId?: number;
  caseId?: number;
  /** Published (of public cases) only, except in these cooperations (where the reader may see all); 'none' = no restriction. */
  publishedOnlyExcept?: number[] | 'none';
  ids?: number[];
}

function filtered(db: Q, f: JointCaseFilter) {
  let q = db
    .selectFrom('joint_cases as j')
    .innerJoin('cooperations as c', 'c.id', 'j.cooperation_id')
    .innerJoin('cases as k', 'k.id', 'j.case_id');
  if (f.cooperationId !== undefined) q = q.where('j.cooperation_id', '=', f.cooperationId);
  if (f.caseId !== undefined) q = q.where('j.case_id', '=', f.caseId);
  if (f.ids !== undefined) q = q.where('j.id', 'in', f.ids.length ? f.ids : [-1]);
  const except = f.publishedOnlyExcept;
  if (except !== undefined && except !== 'none') {
    // Published, and of a public case: publishing never exposes an exempt case's title or proposal.
    q = q.where((eb) =>
      eb.or([eb.and([eb('j.is_published', '=', 1), eb('k.is_public', '=', 1)]), ...(except.length ? [eb('j.cooperation_id', 'in', except)] : [])]),
    );
  }
  return q;
}

export function findJointCases(db: Q, f: JointCaseFilter, page?: { limit: number; offset: number }) {
  let q = filtered(db, f)
    .selectAll('j')
    .select(['c.slug as cooperation_slug', 'c.name as cooperation_name'])
    .orderBy('j.deadline', 'desc')
    .orderBy('j.id', 'desc');
  if (page) q = q.limit(page.limit).offset(page.offset);
  return q.execute();
}

export async function countJointCases(db: Q, f: JointCaseFilter): Promise<number> {
  const row = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function councilsOf(db: Q, jointCaseIds: number[]) {
  return db
    .selectFrom('joint_case_councils')
    .selectAll()
    .where('joint_case_id', 'in', jointCaseIds.length ? jointCaseIds : [-1])
    .orderBy('member_name')
    .orderBy('id')
    .execute();
}

export function councilByCode(db: Q, jointCaseId: number, memberCode: string) {
  return db.selectFrom('joint_case_councils').selectAll().where('joint_case_id', '=', jointCaseId).where('member_code', '=', memberCode).executeTakeFirst();
}

export function councilById(db: Q, id: number) {
  return db.selectFrom('joint_case_councils').selectAll().where('id', '=', id).executeTakeFirst();
}

export function councilsForCodes(db: Q, codes: string[]) {
  return db
    .selectFrom('joint_case_councils')
    .select(['id', 'joint_case_id', 'member_code'])
    .where('member_code', 'in', codes.length ? codes : ['-'])
    .execute();
}

export async function insertJointCase(db: Q, values: Insertable<JointCasesTable>): Promise<number> {
  const row = await db.insertInto('joint_cases').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCouncils(db: Q, rows: Insertable<JointCaseCouncilsTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('joint_case_councils').values(rows).execute();
}

export function setPublished(db: Q, id: number, published: boolean, at: string) {
  return db
    .updateTable('joint_cases')
    .set({ is_published: published ? 1 : 0, published_at: published ? at : null, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/**
 * Writes a submission only when the council is still at `fromRevision` (the compare-and-set that makes
 * concurrent submissions for the SAME council collide while those for different councils both land).
 */
export async function updateCouncilAtRevision(db: Q, id: number, fromRevision: number, values: Updateable<JointCaseCouncilsTable>): Promise<boolean> {
  const result = await db
    .updateTable('joint_case_councils')
    .set({ ...values, revision: fromRevision + 1 })
    .where('id', '=', id)
    .where('revision', '=', fromRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRevision(
  db: Q,
  row: { council_id: number; revision: number; record: string; submitted_at: string; submitted_by: string; submitted_via: 'account' | 'link' | 'secretariat' | 'seed' },
): Promise<void> {
  await db.insertInto('joint_case_council_revisions').values(row).execute();
}

/** Every council's revisions of one joint case, with the council's member code, newest first. */
export function revisionsOfJointCase(db: Q, jointCaseId: number) {
  return db
    .selectFrom('joint_case_council_revisions as r')
    .innerJoin('joint_case_councils as k', 'k.id', 'r.council_id')
    .selectAll('r')
    .select('k.member_code')
    .where('k.joint_case_id', '=', jointCaseId)
    .orderBy('r.revision', 'desc')
    .execute();
}

export function revisionsOf(db: Q, councilId: number) {
  return db.selectFrom('joint_case_council_revisions').selectAll().where('council_id', '=', councilId).orderBy('revision', 'desc').execute();
}

export async function insertLink(db: Q, row: { council_id: number; token_hash: string; email: string; expires_at: string; created_at: string }): Promise<void> {
  await db.insertInto('joint_case_links').values(row).execute();
}

/** A link that is neither spent nor expired at `now`. */
export function liveLinkByHash(db: Q, tokenHash: string, now: string) {
  return db
    .selectFrom('joint_case_links')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Spends a live link; false when it was already spent or has expired (a race lost to another submission). */
export async function spendLink(db: Q, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('joint_case_links')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Claims a reminder for a council and due day; false when it was already sent (unique row). */
export async function claimReminder(db: Q, row: { council_id: number; due_on: string; recipients: string; sent_at: string }): Promise<boolean> {
  const rows = await db
    .insertInto('joint_case_reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['council_id', 'due_on']).doNothing())
    .returning('id')
    .execute();
  return rows.length === 1;
}

export function remindersOf(db: Q, councilIds: number[]) {
  return db.selectFrom('joint_case_reminders').selectAll().where('council_id', 'in', councilIds.length ? councilIds : [-1]).execute();
}

/** The e-mail addresses of active accounts holding municipal_clerk for each of these codes. */
export function clerkAccounts(db: Q, codes: string[]) {
  return db
    .selectFrom('user_roles as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['g.authority_code as code', 'u.email'])
    .where('g.role', '=', 'municipal_clerk')
    .where('g.authority_code', 'in', codes.length ? codes : ['-'])
    .where('u.disabled_at', 'is', null)
    .execute();
}

/** Population on 1 January of the latest year up to `year` for which each code has a figure. */
export async function populationUpTo(db: Q, codes: string[], year: number): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('population')
    .select(['code', 'year', 'count'])
    .where('code', 'in', codes)
    .where('year', '<=', year)
    .orderBy('year', 'asc')
    .execute();
  return new Map(rows.map((r) => [r.code, r.count])); // later years overwrite earlier ones
}

/** The numbers the bodies gave each case, newest meeting first. */
export function firstCaseNumbers(db: Q, caseIds: number[]) {
  return db
    .selectFrom('agenda_items as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .select(['a.case_id', 'a.number', 'a.number_year'])
    .where('a.case_id', 'in', caseIds.length ? caseIds : [-1])
    .where('a.number', 'is not', null)
    .orderBy('m.starts_at', 'desc')
    .execute();
}

export function isCasePublic(db: Q, caseId: number) {
  return db.selectFrom('cases').select('is_public').where('id', '=', caseId).executeTakeFirst();
}

/** Gives reminder claims back (their mail failed), so the job's retry sends them. */
export async function releaseReminders(db: Q, councilIds: number[], dueOn: string): Promise<void> {
  if (councilIds.length) await db.deleteFrom('joint_case_reminders').where('council_id', 'in', councilIds).where('due_on', '=', dueOn).execute();
}

export async function documentExists(db: Q, id: number): Promise<boolean> {
  return (await db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export function cooperationOfCase(db: Q, caseId: number) {
  return db.selectFrom('cases').select('cooperation_id').where('id', '=', caseId).executeTakeFirst();
}

/** What a submission is checked against: the cooperation and what the councils were asked. */
export function referralOf(db: Q, id: number) {
  return db.selectFrom('joint_cases').select(['cooperation_id', 'case_id', 'proposal_mode', 'proposal_points']).where('id', '=', id).executeTakeFirst();
}

export function cooperationIdOf(db: Q, jointCaseId: number) {
  return db.selectFrom('joint_cases').select('cooperation_id').where('id', '=', jointCaseId).executeTakeFirst();
}

/** The joint cases referred to any of these members. */
export async function jointCaseIdsFor(db: Q, memberCodes: string[]): Promise<number[]> {
  const rows = await db.selectFrom('joint_case_councils').select('joint_case_id').where('member_code', 'in', memberCodes.length ? memberCodes : ['-']).distinct().execute();
  return rows.map((r) => r.joint_case_id);
}
