import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canManageUsers } from '../accounts.policy';
import { presentUser } from '../accounts.presenter';
import { deleteSessionsOfUser, findUserById, updateUser } from '../accounts.repository';
import { disableUserInput } from '../accounts.schemas';

/**
 * Stops a user from signing in and ends their sessions at once. The account stays, so the audit
 * trail keeps naming who did what.
 */
export const disableUser = defineCommand({
  name: 'accounts.disableUser',
  input: disableUserInput,
  authorize: (actor) => canManageUsers(actor),
  async run(trx, input, actor) {
    // Disabling oneself could leave the installation without any administrator who can sign in.
    if (actor.kind === 'user' && actor.userId === input.userId) {
      throw new ValidationError({ userId: ['must be another user: you cannot disable your own account'] });
    }
    const row = await findUserById(trx, input.userId);
    if (!row) throw new NotFoundError(`There is no user with id ${input.userId}.`);
    if (row.disabled_at) return { result: presentUser(row), audit: [] };
    const disabledAt = new Date().toISOString();
    await updateUser(trx, row.id, { disabled_at: disabledAt });
    await deleteSessionsOfUser(trx, row.id);
    const before = presentUser(row);
    const after = { ...before, disabledAt };
    return { result: after, audit: [{ action: 'user.disable', entityType: 'user', entityId: row.id, before, after }] };
  },
});
