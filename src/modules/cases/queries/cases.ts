import { isAdministrator, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { parseCaseNumber } from '../case-number';
import { visibleTo } from '../cases.policy';
import { caseById, caseIdByNumber, countCaseRows, findCases, type CaseFilter } from '../cases.repository';
import { caseViewOf, mayRead, summariesOf } from './case-views';
import type { CaseSummary, CaseView } from './views';

export interface CaseListFilter {
  cooperationId?: number;
  bodyId?: number;
  /** `03/2018` */
  number?: string;
  unplaced?: boolean;
  actor: Actor;
  limit?: number;
  offset?: number;
}

/**
 * Cases the actor may read, newest first. Without a cooperation, non-public cases are left out for
 * everyone but administrators (the visibility rule is per cooperation).
 */
export async function listCases(db: Db, filter: CaseListFilter): Promise<{ cases: CaseSummary[]; total: number }> {
  const where = toFilter(filter);
  if (where === null) return { cases: [], total: 0 };
  const page = filter.limit !== undefined ? { limit: filter.limit, offset: filter.offset ?? 0 } : undefined;
  const [rows, total] = await Promise.all([findCases(db, where, page), countCaseRows(db, where)]);
  return { cases: await summariesOf(db, rows, filter.actor), total };
}

function toFilter(filter: CaseListFilter): CaseFilter | null {
  let number: CaseFilter['number'];
  if (filter.number !== undefined) {
    const parsed = parseCaseNumber(filter.number);
    if (!parsed) return null;
    number = parsed;
  }
  const publicOnly = filter.cooperationId === undefined ? !isAdministrator(filter.actor) : visibleTo(filter.actor, filter.cooperationId) === 'public';
  return { cooperationId: filter.cooperationId, bodyId: filter.bodyId, number, unplaced: filter.unplaced, publicOnly };
}

/** One case with its paper, or null when there is none or the actor may not read it (the caller answers 404 either way). */
export async function getCase(db: Db, id: number, actor: Actor): Promise<CaseView | null> {
  const row = await caseById(db, id);
  if (!row || !mayRead(actor, row)) return null;
  return caseViewOf(db, row, actor);
}

/** The id of the case a body numbered so (`03/2018`), e.g. for links from other modules; null when none. */
export async function findCaseByNumber(db: Db, where: { cooperationId: number; bodySlug: string; number: string }): Promise<number | null> {
  const parsed = parseCaseNumber(where.number);
  if (!parsed) return null;
  const row = await caseIdByNumber(db, where.cooperationId, where.bodySlug, parsed.number, parsed.year);
  return row?.case_id ?? null;
}
