import { defineCommand } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import { checkCaseLink } from '../case-link';
import { canManageServices } from '../services.policy';
import { insertStatusEvent, serviceById } from '../services.repository';
import { recordStatusInput } from '../services.schemas';

/**
 * A change of status from a date, also one recorded after the fact. Nothing earlier is rewritten:
 * the status as of a date is the latest event effective on or before it, so an event with an earlier
 * effective date changes what holds from that date on, and one effective later changes nothing before.
 */
export const recordStatus = defineCommand({
  name: 'recordStatus',
  input: recordStatusInput,
  async authorize(actor, input, trx) {
    const service = await serviceById(trx, input.service_id);
    if (!service) throw new NotFoundError('No such service.');
    return canManageServices(actor, service.cooperation_id);
  },
  async run(trx, input, actor) {
    const service = await serviceById(trx, input.service_id);
    if (!service) throw new NotFoundError('No such service.');
    await checkCaseLink(trx, input.case_id, service.cooperation_id, actor);
    const event = await insertStatusEvent(trx, {
      service_id: input.service_id,
      status: input.status,
      effective_on: input.effective_on ?? null,
      decision_id: null,
      decided_by_case_id: input.case_id ?? null,
      note: JSON.stringify(input.note ?? {}),
      recorded_at: new Date().toISOString(),
    });
    return { result: { id: event.id }, audit: [{ action: 'service.status', entityType: 'service', entityId: input.service_id, after: event }] };
  },
});
