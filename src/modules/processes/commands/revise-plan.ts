import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canEditProcesses } from '../processes.policy';
import { insertMilestone, insertVersion, milestonesOf, processById, versionsOf } from '../processes.repository';
import { revisePlanInput } from '../processes.schemas';

/**
 * A new version of a process's plan, as when Sak 03/2018 revised the plan of «Vestregionens framtid».
 * The earlier versions stay as they were, so the public page can show the original beside the
 * revision. The new version starts as a copy of the latest one, to be edited from there.
 */
export const revisePlan = defineCommand({
  name: 'revisePlan',
  input: revisePlanInput,
  async authorize(actor, input, trx) {
    const row = await processById(trx, input.process_id);
    if (!row) throw new NotFoundError('No such process.');
    return canEditProcesses(actor, row.cooperation_id);
  },
  async run(trx, input) {
    const versions = await versionsOf(trx, input.process_id);
    const latest = versions[versions.length - 1];
    if (latest?.adopted_on && input.adopted_on && input.adopted_on < latest.adopted_on) {
      throw new ValidationError({ adopted_on: [`must be on or after ${latest.adopted_on}, when the plan it revises was adopted`] });
    }
    const version = await insertVersion(trx, {
      process_id: input.process_id,
      version: (latest?.version ?? 0) + 1,
      label: JSON.stringify(input.label),
      adopted_on: input.adopted_on ?? null,
      case_id: input.case_id ?? null,
      note: JSON.stringify(input.note ?? {}),
      created_at: new Date().toISOString(),
    });
    const copied = input.copy_milestones && latest ? await milestonesOf(trx, [latest.id]) : [];
    for (const { id: _id, body_slug: _s, body_name: _n, ...m } of copied) {
      await insertMilestone(trx, { ...m, plan_version_id: version.id });
    }
    return {
      result: { id: version.id, version: version.version },
      audit: [{ action: 'plan_version.create', entityType: 'process_plan_version', entityId: version.id, after: { ...version, copied_from: latest?.id ?? null, milestones: copied.length } }],
    };
  },
});
