import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { canManageJointCases, mayRecordAsClerk } from '../joint-cases.policy';
import { cooperationIdOf, councilByCode, revisionsOf } from '../joint-cases.repository';
import type { CouncilRevisionView } from '../views';

/** Every submission of a council's record, newest first; empty for anyone but the secretariat and that municipality's clerks. */
export async function councilRevisions(db: Db, jointCaseId: number, memberCode: string, actor: Actor): Promise<CouncilRevisionView[]> {
  const row = await cooperationIdOf(db, jointCaseId);
  if (!row) return [];
  const manage = canManageJointCases(actor, row.cooperation_id);
  if (!manage && !mayRecordAsClerk(actor, memberCode)) return [];
  const council = await councilByCode(db, jointCaseId, memberCode);
  if (!council) return [];
  return (await revisionsOf(db, council.id)).map((r) => ({
    revision: r.revision,
    submittedAt: r.submitted_at,
    submittedBy: manage ? r.submitted_by : null,
    submittedVia: r.submitted_via,
    record: JSON.parse(r.record) as Record<string, unknown>,
  }));
}
