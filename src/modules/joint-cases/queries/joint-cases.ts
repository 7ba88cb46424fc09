import { isAdministrator, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { todayInOslo } from '../../../platform/i18n';
import { mayReadUnpublished } from '../joint-cases.policy';
import { councilsOf, countJointCases, findJointCases, firstCaseNumbers, isCasePublic, jointCaseById, type JointCaseFilter } from '../joint-cases.repository';
import type { JointCaseSummary, JointCaseView } from '../views';
import { caseNumberMap, summaryOf, viewOf } from './view-of';

export interface JointCaseListFilter {
  cooperationId?: number;
  caseId?: number;
  actor: Actor;
  page?: { page: number; limit: number };
  /** The day "late" is judged against; default today in Oslo. */
  today?: string;
}

/** One joint case with its councils and roll-up, or null when there is none or the actor may not read it (answer 404 either way). */
export async function getJointCase(db: Db, id: number, actor: Actor, options: { today?: string } = {}): Promise<JointCaseView | null> {
  const row = await jointCaseById(db, id);
  if (!row) return null;
  const councils = await councilsOf(db, [row.id]);
  if (!(await mayRead(db, row, councils.map((c) => c.member_code), actor))) return null;
  const numbers = caseNumberMap(await firstCaseNumbers(db, [row.case_id]));
  return viewOf(row, councils, numbers.get(row.case_id) ?? null, actor, options.today ?? todayInOslo());
}

async function mayRead(db: Db, row: { is_published: number; case_id: number; cooperation_id: number }, codes: string[], actor: Actor): Promise<boolean> {
  if (mayReadUnpublished(actor, row.cooperation_id, codes)) return true;
  if (row.is_published !== 1) return false;
  return (await isCasePublic(db, row.case_id))?.is_public === 1;
}

/** Joint cases the actor may read, latest deadline first: published ones (of public cases), plus all of the cooperations the actor works in. */
export async function listJointCases(db: Db, filter: JointCaseListFilter): Promise<{ jointCases: JointCaseSummary[]; total: number }> {
  const where: JointCaseFilter = { cooperationId: filter.cooperationId, caseId: filter.caseId, publishedOnlyExcept: await readableCooperations(db, filter.actor) };
  const page = filter.page ? { limit: filter.page.limit, offset: (filter.page.page - 1) * filter.page.limit } : undefined;
  const [rows, total] = await Promise.all([findJointCases(db, where, page), countJointCases(db, where)]);
  const councils = await councilsOf(db, rows.map((r) => r.id));
  const numbers = caseNumberMap(await firstCaseNumbers(db, rows.map((r) => r.case_id)));
  const today = filter.today ?? todayInOslo();
  return {
    jointCases: rows.map((r) => summaryOf(r, councils.filter((c) => c.joint_case_id === r.id), numbers.get(r.case_id) ?? null, today)),
    total,
  };
}

/** 'none' for administrators (everything); otherwise the cooperations whose unpublished joint cases the actor reads. */
async function readableCooperations(db: Db, actor: Actor): Promise<number[] | 'none'> {
  if (isAdministrator(actor)) return 'none';
  if (actor.kind !== 'user') return [];
  const ids = new Set<number>();
  for (const g of actor.grants) {
    if (g.role !== 'secretariat' && g.role !== 'member') continue;
    if (g.cooperationId === null) return 'none'; // an unscoped grant covers every cooperation (authz.hasRole)
    ids.add(g.cooperationId);
  }
  // Clerks are not listed here: they find what is referred to them with jointCasesForClerk.
  return [...ids];
}
