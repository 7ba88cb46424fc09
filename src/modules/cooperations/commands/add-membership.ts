import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canEditCooperation } from '../cooperations.policy';
import { authorityByCode, cooperationById, insertMembership, membershipsOfMember } from '../cooperations.repository';
import { addMembershipInput } from '../cooperations.schemas';
import { covers, describePeriod, overlaps } from '../periods';

/**
 * Records that a municipality or county authority is a member for a period. The code must be valid
 * in the register when the membership starts (or, when the start is before our records, when it
 * ends), and one member cannot hold two memberships of one cooperation at the same time.
 */
export const addMembership = defineCommand({
  name: 'addMembership',
  input: addMembershipInput,
  authorize: (actor, input) => canEditCooperation(actor, input.cooperation_id),
  async run(trx, input) {
    if (!(await cooperationById(trx, input.cooperation_id))) throw new NotFoundError('No such cooperation.');
    const period = { start_on: input.start_on ?? null, end_on: input.end_on ?? null };
    const code = input.member_code;

    const authority = await authorityByCode(trx, code);
    if (!authority) {
      throw new ValidationError({ member_code: [`${code} is not a municipality or county number in the register`] });
    }
    const checkOn = period.start_on ?? period.end_on;
    if (checkOn && !covers({ start_on: authority.valid_from, end_on: authority.valid_to }, checkOn)) {
      throw new ValidationError({
        member_code: [`${code} (${authority.name}) is not a valid number on ${checkOn}; it was valid ${describePeriod({ start_on: authority.valid_from, end_on: authority.valid_to })}`],
      });
    }

    const clash = (await membershipsOfMember(trx, input.cooperation_id, code)).find((m) => overlaps(m, period));
    if (clash) {
      throw new ValidationError({
        start_on: [`${authority.name} (${code}) is already a member in a period that overlaps this one: ${describePeriod(clash)}`],
      });
    }

    const row = await insertMembership(trx, {
      cooperation_id: input.cooperation_id,
      member_code: code,
      ...period,
      note: JSON.stringify(input.note ?? {}),
    });
    return {
      result: { id: row.id },
      audit: [{ action: 'membership.add', entityType: 'membership', entityId: row.id, after: row }],
    };
  },
});
