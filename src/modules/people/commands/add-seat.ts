import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError, type FieldErrors } from '../../../platform/errors';
import { isMemberAtStart } from '../../cooperations';
import { canManageBodies } from '../people.policy';
import { bodyById, insertSeat, personById } from '../people.repository';
import { addSeatInput } from '../people.schemas';

/**
 * A seat in a body: an office (mayor, chief executive …) held on behalf of a member of the body's
 * cooperation, by a person or, where no name is known, by no one. The member must belong to the
 * cooperation when the seat starts.
 */
export const addSeat = defineCommand({
  name: 'addSeat',
  input: addSeatInput,
  async authorize(actor, input, trx) {
    const body = await bodyById(trx, input.body_id);
    if (!body) throw new NotFoundError('No such body.');
    return canManageBodies(actor, body.cooperation_id);
  },
  async run(trx, input) {
    const body = await bodyById(trx, input.body_id);
    if (!body) throw new NotFoundError('No such body.');
    const startOn = input.start_on ?? null;
    const errors: FieldErrors = {};

    if (input.person_id != null && !(await personById(trx, input.person_id))) {
      errors.person_id = ['no person has this id'];
    }
    const code = input.on_behalf_of_code ?? null;
    if (code && !(await isMemberAtStart(trx, body.cooperation_id, code, startOn))) {
      errors.on_behalf_of_code = [
        startOn
          ? `${code} is not a member of this body's cooperation on ${startOn}`
          : `${code} is not recorded as a member of this body's cooperation from before our records; give the date the seat starts`,
      ];
    }
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);

    const row = await insertSeat(trx, {
      body_id: body.id,
      person_id: input.person_id ?? null,
      on_behalf_of_code: code,
      office: input.office,
      position: input.position ?? 'member',
      is_deputy: input.is_deputy ? 1 : 0,
      start_on: startOn,
      end_on: input.end_on ?? null,
      note: JSON.stringify(input.note ?? {}),
    });
    return {
      result: { id: row.id },
      audit: [{ action: 'seat.add', entityType: 'seat', entityId: row.id, after: row }],
    };
  },
});
