import type { z } from 'zod';
import { defineCommand } from '../../../platform/command';
import type { Db } from '../../../platform/db/database';
import { NotFoundError, ValidationError, fieldErrorsFromZod } from '../../../platform/errors';
import { canManageUsers } from '../accounts.policy';
import { presentGrant } from '../accounts.presenter';
import { authorityKind, cooperationExists, findGrant, findUserById, insertGrant } from '../accounts.repository';
import { grantInput, grantScopeInput } from '../accounts.schemas';

/** Gives a user a role. Granting a role the user already holds, with the same scope, changes nothing. */
export const grantRole = defineCommand({
  name: 'accounts.grantRole',
  input: grantInput,
  authorize: (actor) => canManageUsers(actor),
  async run(trx, input) {
    if (!(await findUserById(trx, input.userId))) throw new NotFoundError(`There is no user with id ${input.userId}.`);
    await checkScopeExists(trx, input);
    const existing = await findGrant(trx, input.userId, input);
    if (existing) return { result: presentGrant(existing), audit: [] };
    const grant = presentGrant(
      await insertGrant(trx, {
        user_id: input.userId,
        role: input.role,
        cooperation_id: input.cooperationId,
        authority_code: input.authorityCode,
      }),
    );
    return { result: grant, audit: [{ action: 'user.grant_role', entityType: 'user', entityId: input.userId, after: grant }] };
  },
});

/**
 * Checks a grant's role and scope without granting anything, so that a caller about to create a user
 * with a role (the CLI) can refuse a bad role before the user exists.
 */
export async function validateGrantScope(db: Db, input: z.input<typeof grantScopeInput>): Promise<void> {
  const parsed = grantScopeInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error.issues));
  await checkScopeExists(db, parsed.data);
}

async function checkScopeExists(db: Db, scope: { authorityCode: string | null; cooperationId: number | null }): Promise<void> {
  if (scope.authorityCode !== null && (await authorityKind(db, scope.authorityCode)) !== 'municipality') {
    throw new ValidationError({ authorityCode: [`must be the number of a municipality in the register; ${scope.authorityCode} is not`] });
  }
  if (scope.cooperationId !== null && !(await cooperationExists(db, scope.cooperationId))) {
    throw new ValidationError({ cooperationId: [`must be the id of a cooperation; there is none with id ${scope.cooperationId}`] });
  }
}
