import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { recordAudit, type AuditEntry } from './audit';
import type { Actor } from './authz';
import type { Db } from './db/database';
import type { Database } from './db/schema';
import { ForbiddenError, ValidationError, fieldErrorsFromZod } from './errors';
import { bumpPageVersion, type PageScope } from './http/page-cache/versions';

/**
 * A use case that writes. Running it validates the input, checks permission, then performs the write
 * and its audit entries in one transaction: either all of it is stored or none of it.
 */
export interface Command<Schema extends z.ZodType, Result> {
  name: string;
  input: Schema;
  /** Return false to refuse; throw NotFoundError instead when the refusal must not reveal that a record exists. */
  authorize(actor: Actor, input: z.output<Schema>, trx: Transaction<Database>): boolean | Promise<boolean>;
  run(trx: Transaction<Database>, input: z.output<Schema>, actor: Actor): Promise<{ result: Result; audit: AuditEntry[] }>;
  /**
   * Which public pages the write changes, so the page cache renders only those again. Without it
   * every cached page is renewed, which is always right; narrow it only when the write changes
   * nothing outside one cooperation's pages (and never a cooperation's slug).
   */
  pageScope?(trx: Transaction<Database>, input: z.output<Schema>, result: NoInfer<Result>): PageScope | Promise<PageScope>;
}

export function defineCommand<Schema extends z.ZodType, Result>(command: Command<Schema, Result>) {
  return command;
}

/**
 * Runs a command in its own transaction, or inside the caller's when given a transaction (so that a
 * use case made of several commands, such as loading the demo, is stored whole or not at all).
 */
export async function execute<Schema extends z.ZodType, Result>(
  db: Db | Transaction<Database>,
  command: Command<Schema, Result>,
  actor: Actor,
  rawInput: z.input<Schema>,
): Promise<Result> {
  const parsed = command.input.safeParse(rawInput);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error.issues));
  const run = async (trx: Transaction<Database>) => {
    if (!(await command.authorize(actor, parsed.data, trx))) throw new ForbiddenError();
    const { result, audit } = await command.run(trx, parsed.data, actor);
    const at = new Date();
    for (const entry of audit) await recordAudit(trx, actor, entry, at);
    // Last, so that the row lock that orders concurrent writers on PostgreSQL is held briefly.
    await bumpPageVersion(trx, command.pageScope ? await command.pageScope(trx, parsed.data, result) : 'all');
    return result;
  };
  return db.isTransaction ? run(db as Transaction<Database>) : db.transaction().execute(run);
}
