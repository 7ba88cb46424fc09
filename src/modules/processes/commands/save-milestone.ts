import type { Transaction } from 'kysely';
import { defineCommand } from '../../../platform/command';
import type { Database } from '../../../platform/db/schema';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canEditProcesses } from '../processes.policy';
import { bodyOfCooperation, insertMilestone, milestoneById, processById, updateMilestone, versionById } from '../processes.repository';
import { saveMilestoneInput } from '../processes.schemas';

/** The cooperation a plan version belongs to, or 404 (for a version that does not exist). */
export async function cooperationOfVersion(trx: Transaction<Database>, versionId: number): Promise<number> {
  const version = await versionById(trx, versionId);
  const process = version && (await processById(trx, version.process_id));
  if (!process) throw new NotFoundError('No such plan.');
  return process.cooperation_id;
}

/**
 * Adds a milestone to a plan version or changes one: what (kind, title), when (a day, or a period
 * such as 16.3.–30.5.2018), and what it refers to (the body, its meeting, a case, a survey).
 */
export const saveMilestone = defineCommand({
  name: 'saveMilestone',
  input: saveMilestoneInput,
  async authorize(actor, input, trx) {
    if (input.milestone_id != null) {
      const m = await milestoneById(trx, input.milestone_id);
      if (!m || m.plan_version_id !== input.plan_version_id) throw new NotFoundError('No such milestone.');
    }
    return canEditProcesses(actor, await cooperationOfVersion(trx, input.plan_version_id));
  },
  async run(trx, input) {
    const cooperationId = await cooperationOfVersion(trx, input.plan_version_id);
    if (input.body_id != null && !(await bodyOfCooperation(trx, input.body_id, cooperationId))) {
      throw new ValidationError({ body_id: ['no body of this cooperation has this id'] });
    }
    const fields = {
      kind: input.kind,
      title: JSON.stringify(input.title),
      starts_on: input.starts_on,
      ends_on: input.ends_on ?? null,
      body_id: input.body_id ?? null,
      meeting_id: input.meeting_id ?? null,
      case_id: input.case_id ?? null,
      survey_id: input.survey_id ?? null,
      note: JSON.stringify(input.note ?? {}),
    };
    const before = input.milestone_id != null ? await milestoneById(trx, input.milestone_id) : undefined;
    const after = before ? await updateMilestone(trx, before.id, fields) : await insertMilestone(trx, { ...fields, plan_version_id: input.plan_version_id });
    return {
      result: { id: after.id },
      audit: [{ action: before ? 'milestone.update' : 'milestone.create', entityType: 'process_milestone', entityId: after.id, before, after }],
    };
  },
});
