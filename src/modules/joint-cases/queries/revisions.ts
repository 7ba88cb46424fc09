import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { canManageJointCases, mayRecordAsClerk } from '../joint-cases.policy';
import { cooperationIdOf, councilByCode, revisionsOf, revisionsOfJointCase } from '../joint-cases.repository';
import type { CouncilRevisionView } from '../views';

/** Every submission of a council's record, newest first; empty for anyone but the secretariat and that municipality's clerks. */
export async function councilRevisions(db: Db, jointCaseId: number, memberCode: string, actor: Actor): Promise<CouncilRevisionView[]> {
  const row = await cooperationIdOf(db, jointCaseId);
  if (!row) return [];
  const manage = canManageJointCases(actor, row.cooperation_id);
  if (!manage && !mayRecordAsClerk(actor, memberCode)) return [];
  const council = await councilByCode(db, jointCaseId, memberCode);
  if (!council) return [];
  return (await revisionsOf(db, council.id)).map((r) => revisionView(r, manage));
}

/** Every council's history of one joint case, by member code, in one read: the secretariat's roll-up. */
export async function jointCaseRevisions(db: Db, jointCaseId: number, actor: Actor): Promise<Map<string, CouncilRevisionView[]>> {
  const byMember = new Map<string, CouncilRevisionView[]>();
  const row = await cooperationIdOf(db, jointCaseId);
  if (!row || !canManageJointCases(actor, row.cooperation_id)) return byMember;
  for (const r of await revisionsOfJointCase(db, jointCaseId)) {
    byMember.set(r.member_code, [...(byMember.get(r.member_code) ?? []), revisionView(r, true)]);
  }
  return byMember;
}

type RevisionRow = Awaited<ReturnType<typeof revisionsOf>>[number];

/** Who submitted is shown to the secretariat only; a clerk sees when and by which way. */
function revisionView(r: RevisionRow, showSubmitter: boolean): CouncilRevisionView {
  return {
    revision: r.revision,
    submittedAt: r.submitted_at,
    submittedBy: showSubmitter ? r.submitted_by : null,
    submittedVia: r.submitted_via,
    record: JSON.parse(r.record) as Record<string, unknown>,
  };
}
