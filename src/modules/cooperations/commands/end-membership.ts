import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canEditCooperation } from '../cooperations.policy';
import { membershipById, membershipsOfMember, setMembershipEnd } from '../cooperations.repository';
import { endMembershipInput } from '../cooperations.schemas';
import { describePeriod, overlaps } from '../periods';

/** Sets the last day of a membership (also to correct it; the audit trail keeps the old date). */
export const endMembership = defineCommand({
  name: 'endMembership',
  input: endMembershipInput,
  async authorize(actor, input, trx) {
    const membership = await membershipById(trx, input.membership_id);
    if (!membership) throw new NotFoundError('No such membership.');
    return canEditCooperation(actor, membership.cooperation_id);
  },
  async run(trx, input) {
    const before = await membershipById(trx, input.membership_id);
    if (!before) throw new NotFoundError('No such membership.');
    if (before.start_on && input.end_on < before.start_on) {
      throw new ValidationError({ end_on: [`must be on or after the start date ${before.start_on}`] });
    }
    const period = { start_on: before.start_on, end_on: input.end_on };
    const clash = (await membershipsOfMember(trx, before.cooperation_id, before.member_code)).find(
      (m) => m.id !== before.id && overlaps(m, period),
    );
    if (clash) {
      throw new ValidationError({ end_on: [`would overlap another membership of the same member: ${describePeriod(clash)}`] });
    }
    const after = await setMembershipEnd(trx, before.id, input.end_on);
    return {
      result: { id: after.id },
      audit: [{ action: 'membership.end', entityType: 'membership', entityId: after.id, before, after }],
    };
  },
});
