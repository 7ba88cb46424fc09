import { defineCommand } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import { canEditProcesses } from '../processes.policy';
import { deleteMilestone, milestoneById } from '../processes.repository';
import { removeMilestoneInput } from '../processes.schemas';
import { cooperationOfVersion } from './save-milestone';

/** Takes a milestone out of a plan version (the audit trail keeps what it was). */
export const removeMilestone = defineCommand({
  name: 'removeMilestone',
  input: removeMilestoneInput,
  async authorize(actor, input, trx) {
    const m = await milestoneById(trx, input.milestone_id);
    if (!m) throw new NotFoundError('No such milestone.');
    return canEditProcesses(actor, await cooperationOfVersion(trx, m.plan_version_id));
  },
  async run(trx, input) {
    const before = (await milestoneById(trx, input.milestone_id))!;
    await deleteMilestone(trx, before.id);
    return { result: { id: before.id }, audit: [{ action: 'milestone.remove', entityType: 'process_milestone', entityId: before.id, before }] };
  },
});
