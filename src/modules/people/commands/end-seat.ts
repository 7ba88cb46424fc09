import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canManageBodies } from '../people.policy';
import { bodyById, seatById, setSeatEnd } from '../people.repository';
import { endSeatInput } from '../people.schemas';

/** Sets the last day of a seat's term (also to correct it; the audit trail keeps the old date). */
export const endSeat = defineCommand({
  name: 'endSeat',
  input: endSeatInput,
  async authorize(actor, input, trx) {
    const seat = await seatById(trx, input.seat_id);
    const body = seat && (await bodyById(trx, seat.body_id));
    if (!body) throw new NotFoundError('No such seat.');
    return canManageBodies(actor, body.cooperation_id);
  },
  async run(trx, input) {
    const before = await seatById(trx, input.seat_id);
    if (!before) throw new NotFoundError('No such seat.');
    if (before.start_on && input.end_on < before.start_on) {
      throw new ValidationError({ end_on: [`must be on or after the start date ${before.start_on}`] });
    }
    const after = await setSeatEnd(trx, before.id, input.end_on);
    return {
      result: { id: after.id },
      audit: [{ action: 'seat.end', entityType: 'seat', entityId: after.id, before, after }],
    };
  },
});
