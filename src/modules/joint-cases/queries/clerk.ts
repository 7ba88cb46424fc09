import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { todayInOslo } from '../../../platform/i18n';
import { canManageJointCases, mayRecordAsClerk } from '../joint-cases.policy';
import { cooperationIdOf, councilsOf, findJointCases, firstCaseNumbers, jointCaseIdsFor } from '../joint-cases.repository';
import type { ClerkTask, CouncilView, JointCaseView } from '../views';
import { getJointCase } from './joint-cases';
import { caseNumberMap, viewOf } from './view-of';

/** The councils a signed-in clerk records for (their municipalities), open ones first, then by deadline. */
export async function jointCasesForClerk(db: Db, actor: Actor, options: { today?: string } = {}): Promise<ClerkTask[]> {
  if (actor.kind !== 'user') return [];
  const codes = actor.grants.filter((g) => g.role === 'municipal_clerk' && g.authorityCode).map((g) => g.authorityCode!);
  if (codes.length === 0) return [];
  const rows = await findJointCases(db, { ids: await jointCaseIdsFor(db, codes), publishedOnlyExcept: 'none' });
  // Every row is referred to one of the clerk's municipalities, so the clerk may read it (mayReadUnpublished):
  // the views are built from three batched reads rather than getJointCase per row.
  const councils = await councilsOf(db, rows.map((r) => r.id));
  const numbers = caseNumberMap(await firstCaseNumbers(db, rows.map((r) => r.case_id)));
  const today = options.today ?? todayInOslo();
  const tasks: ClerkTask[] = [];
  for (const row of rows) {
    const view = viewOf(row, councils.filter((c) => c.joint_case_id === row.id), numbers.get(row.case_id) ?? null, actor, today);
    for (const council of view.councils) {
      if (!codes.includes(council.memberCode)) continue;
      tasks.push({ jointCaseId: row.id, title: row.title, deadline: row.deadline, cooperation: view.cooperation, council });
    }
  }
  const open = (t: ClerkTask) => (t.council.status === 'treated' || t.council.status === 'withdrawn' ? 1 : 0);
  return tasks.sort((a, b) => open(a) - open(b) || a.deadline.localeCompare(b.deadline) || a.jointCaseId - b.jointCaseId);
}

/**
 * The joint case and the council when the actor may record for it (the secretariat, or a clerk of
 * exactly that municipality); null otherwise — the same null as for an unknown id (answer 404).
 */
export async function councilForClerk(
  db: Db, actor: Actor, jointCaseId: number, memberCode: string, options: { today?: string } = {},
): Promise<{ jointCase: JointCaseView; council: CouncilView } | null> {
  const row = await cooperationIdOf(db, jointCaseId);
  if (!row) return null;
  if (!canManageJointCases(actor, row.cooperation_id) && !mayRecordAsClerk(actor, memberCode)) return null;
  // getJointCase also answers null when the actor may not read it; an unreferred code finds no council.
  const jointCase = await getJointCase(db, jointCaseId, actor, options);
  const council = jointCase?.councils.find((c) => c.memberCode === memberCode);
  return jointCase && council ? { jointCase, council } : null;
}
