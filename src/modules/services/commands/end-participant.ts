import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { describePeriod, overlaps } from '../periods';
import { canManageServices } from '../services.policy';
import { participantById, participantsOf, serviceById, setParticipantEnd } from '../services.repository';
import { endParticipantInput } from '../services.schemas';

/** Sets the last day a participant takes part (also to correct it; the audit trail keeps the old date). */
export const endParticipant = defineCommand({
  name: 'endParticipant',
  input: endParticipantInput,
  async authorize(actor, input, trx) {
    const participant = await participantById(trx, input.participant_id);
    const service = participant && (await serviceById(trx, participant.service_id));
    if (!service) throw new NotFoundError('No such participant.');
    return canManageServices(actor, service.cooperation_id);
  },
  async run(trx, input) {
    const before = await participantById(trx, input.participant_id);
    if (!before) throw new NotFoundError('No such participant.');
    if (before.start_on && input.end_on < before.start_on) throw new ValidationError({ end_on: [`must be on or after the start date ${before.start_on}`] });
    const period = { start_on: before.start_on, end_on: input.end_on };
    const clash = (await participantsOf(trx, [before.service_id])).find((p) => p.id !== before.id && p.member_code === before.member_code && overlaps(p, period));
    if (clash) throw new ValidationError({ end_on: [`would overlap another period of the same participant: ${describePeriod(clash)}`] });
    const after = await setParticipantEnd(trx, before.id, input.end_on);
    return { result: { id: after.id }, audit: [{ action: 'service_participant.end', entityType: 'service_participant', entityId: after.id, before, after }] };
  },
});
