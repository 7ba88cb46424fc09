import { recordAudit, type AuditEntry } from '../../../platform/audit';
import { actorLabel } from '../../../platform/authz';
import { defineCommand, execute } from '../../../platform/command';
import { addMembership, endMembership } from '../../cooperations';
import { planMerger, type MergerStep } from '../queries/merger-plan';
import { canManageServices } from '../services.policy';
import { insertMergerApplication, insertParticipant, participantById, setParticipantEnd } from '../services.repository';
import { applyMergerInput } from '../services.schemas';

export interface MergerResult {
  /** False when there was nothing to do (the change set was applied before, or touches no member). */
  applied: boolean;
  applicationId: number | null;
  steps: MergerStep[];
}

/**
 * Applies the shipped change set of one date to a cooperation, in one transaction: ends the
 * memberships and service participations of ceased municipalities and counties the day before, and
 * gives successors their place where the cooperation's rule says so. Nothing historical is rewritten.
 * Idempotent: a second application finds nothing to do, records nothing and says so.
 */
export const applyMerger = defineCommand({
  name: 'applyMerger',
  input: applyMergerInput,
  authorize: (actor, input) => canManageServices(actor, input.cooperation_id),
  async run(trx, input, actor): Promise<{ result: MergerResult; audit: AuditEntry[] }> {
    const plan = await planMerger(trx, input.cooperation_id, input.effective_on);
    if (plan.steps.length === 0) return { result: { applied: false, applicationId: null, steps: [] }, audit: [] };

    for (const step of plan.steps) {
      const note = {
        nb: `Etter endringen av kommune- og fylkesnumre ${input.effective_on}: tok over plassen til ${step.fromCode}.`,
        nn: `Etter endringa av kommune- og fylkesnummer ${input.effective_on}: tok over plassen til ${step.fromCode}.`,
        en: `After the change of municipality and county numbers on ${input.effective_on}: took over the place of ${step.fromCode}.`,
      };
      if (step.target === 'membership') {
        await execute(trx, endMembership, actor, { membership_id: step.recordId, end_on: step.endOn });
        if (step.joins) {
          await execute(trx, addMembership, actor, {
            cooperation_id: input.cooperation_id,
            member_code: step.joins,
            start_on: input.effective_on,
            end_on: step.oldEndOn,
            note,
          });
        }
      } else {
        const before = await participantById(trx, step.recordId);
        const ended = await setParticipantEnd(trx, step.recordId, step.endOn);
        await recordAudit(trx, actor, { action: 'service_participant.end', entityType: 'service_participant', entityId: ended.id, before, after: ended });
        if (step.joins) {
          const added = await insertParticipant(trx, {
            service_id: step.serviceId!,
            member_code: step.joins,
            role: step.role ?? 'participant',
            start_on: input.effective_on,
            end_on: step.oldEndOn,
            note: JSON.stringify(note),
          });
          await recordAudit(trx, actor, { action: 'service_participant.add', entityType: 'service_participant', entityId: added.id, after: added });
        }
      }
    }
    const application = await insertMergerApplication(trx, {
      cooperation_id: input.cooperation_id,
      effective_on: input.effective_on,
      rule: plan.rule,
      summary: JSON.stringify(plan.steps),
      applied_at: new Date().toISOString(),
      actor_label: actorLabel(actor),
    });
    return {
      result: { applied: true, applicationId: application.id, steps: plan.steps },
      audit: [{ action: 'merger.apply', entityType: 'cooperation', entityId: input.cooperation_id, after: application }],
    };
  },
});
