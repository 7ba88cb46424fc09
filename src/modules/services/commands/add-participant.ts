import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { covers, describePeriod, overlaps } from '../periods';
import { canManageServices } from '../services.policy';
import { authorityByCode, insertParticipant, participantsOf, serviceById } from '../services.repository';
import { addParticipantInput } from '../services.schemas';

/**
 * A municipality or county authority takes part in a service for a period (its participants can
 * differ from the cooperation's members). Not for a service run by a cooperation of its own: its
 * participants are that cooperation's members, kept there.
 */
export const addParticipant = defineCommand({
  name: 'addParticipant',
  input: addParticipantInput,
  async authorize(actor, input, trx) {
    const service = await serviceById(trx, input.service_id);
    if (!service) throw new NotFoundError('No such service.');
    return canManageServices(actor, service.cooperation_id);
  },
  async run(trx, input) {
    const service = await serviceById(trx, input.service_id);
    if (!service) throw new NotFoundError('No such service.');
    if (service.run_by_cooperation_id !== null) {
      throw new ValidationError({
        member_code: ['cannot be added here: this service is run by a cooperation of its own, whose members are its participants; add the member to that cooperation'],
      });
    }
    const period = { start_on: input.start_on ?? null, end_on: input.end_on ?? null };
    const authority = await authorityByCode(trx, input.member_code);
    if (!authority) throw new ValidationError({ member_code: [`${input.member_code} is not a municipality or county number in the register`] });
    const checkOn = period.start_on ?? period.end_on;
    const valid = { start_on: authority.valid_from, end_on: authority.valid_to };
    if (checkOn && !covers(valid, checkOn)) {
      throw new ValidationError({
        member_code: [`${input.member_code} (${authority.name}) is not a valid number on ${checkOn}; it was valid ${describePeriod(valid)}`],
      });
    }
    const clash = (await participantsOf(trx, [service.id])).find((p) => p.member_code === input.member_code && overlaps(p, period));
    if (clash) {
      throw new ValidationError({ start_on: [`${authority.name} (${input.member_code}) already takes part in a period that overlaps this one: ${describePeriod(clash)}`] });
    }
    const row = await insertParticipant(trx, {
      service_id: service.id,
      member_code: input.member_code,
      role: input.role,
      ...period,
      note: JSON.stringify(input.note ?? {}),
    });
    return { result: { id: row.id }, audit: [{ action: 'service_participant.add', entityType: 'service_participant', entityId: row.id, after: row }] };
  },
});
