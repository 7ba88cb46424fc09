import { z } from 'zod';
import type { Actor } from '../../../platform/authz';
import { defineCommand, execute } from '../../../platform/command';
import type { Db } from '../../../platform/db/database';
import { ForbiddenError, ValidationError, fieldErrorsFromZod } from '../../../platform/errors';
import { canManageUsers } from '../accounts.policy';
import { presentUser, type PresentedUser } from '../accounts.presenter';
import { findUserByEmail, insertUser } from '../accounts.repository';
import { createUserInput, emailSchema, nameSchema } from '../accounts.schemas';
import { hashPassword } from '../password';

const EMAIL_TAKEN = 'is already used by another account';

/** The stored part of a new user; the password arrives here already hashed (see `createUser`). */
export const createUserCommand = defineCommand({
  name: 'accounts.createUser',
  input: z.object({
    email: emailSchema,
    name: nameSchema,
    passwordHash: z.string().regex(/^scrypt\$/, 'must be a password hash made by hashPassword'),
  }),
  authorize: (actor) => canManageUsers(actor),
  async run(trx, input) {
    if (await findUserByEmail(trx, input.email)) throw new ValidationError({ email: [EMAIL_TAKEN] });
    const row = await insertUser(trx, {
      email: input.email,
      name: input.name,
      password_hash: input.passwordHash,
      created_at: new Date().toISOString(),
      disabled_at: null,
      last_sign_in_at: null,
    });
    const user = presentUser(row);
    return { result: user, audit: [{ action: 'user.create', entityType: 'user', entityId: user.id, after: user }] };
  },
});

/**
 * Creates an account. The password is hashed before the transaction opens: a hash takes a third of
 * a second, and SQLite has one connection, so hashing inside would hold up every other request.
 */
export async function createUser(
  db: Db,
  actor: Actor,
  input: z.input<typeof createUserInput>,
): Promise<PresentedUser> {
  const parsed = createUserInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error.issues));
  // Refuse early, before spending 128 MiB and a third of a second on someone who may not do this.
  if (!canManageUsers(actor)) throw new ForbiddenError();
  if (await findUserByEmail(db, parsed.data.email)) throw new ValidationError({ email: [EMAIL_TAKEN] });
  const passwordHash = await hashPassword(parsed.data.password);
  return execute(db, createUserCommand, actor, { email: parsed.data.email, name: parsed.data.name, passwordHash });
}
