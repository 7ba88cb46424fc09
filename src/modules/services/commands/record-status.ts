import { defineCommand } from '../../../platform/command';
import { mayManageService, serviceWithCaseLink } from '../managed-service';
import { insertStatusEvent } from '../services.repository';
import { recordStatusInput } from '../services.schemas';

/**
 * A change of status from a date, also one recorded after the fact. Nothing earlier is rewritten:
 * the status as of a date is the latest event effective on or before it, so an event with an earlier
 * effective date changes what holds from that date on, and one effective later changes nothing before.
 */
export const recordStatus = defineCommand({
  name: 'recordStatus',
  input: recordStatusInput,
  authorize: mayManageService,
  async run(trx, input, actor) {
    await serviceWithCaseLink(trx, input, actor);
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
