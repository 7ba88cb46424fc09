import { defineCommand } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import { canManageUsers } from '../accounts.policy';
import { presentGrant } from '../accounts.presenter';
import { deleteGrant, findGrant } from '../accounts.repository';
import { grantInput } from '../accounts.schemas';

/** Takes back a role, named with the same scope it was granted with. */
export const revokeRole = defineCommand({
  name: 'accounts.revokeRole',
  input: grantInput,
  authorize: (actor) => canManageUsers(actor),
  async run(trx, input) {
    const existing = await findGrant(trx, input.userId, input);
    if (!existing) throw new NotFoundError('The user does not hold this role with this scope.');
    await deleteGrant(trx, existing.id);
    return {
      result: undefined,
      audit: [{ action: 'user.revoke_role', entityType: 'user', entityId: input.userId, before: presentGrant(existing) }],
    };
  },
});
