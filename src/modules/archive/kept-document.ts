import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/authz';
import type { Database } from '../../platform/db/schema';
import { NotFoundError } from '../../platform/errors';
import { canManageArchive } from './archive.policy';
import { documentById } from './archive.repository';

/**
 * `authorize` of a command on one archived document: its cooperation's keepers may. A refusal
 * answers 404 like a missing document, so it does not reveal that the document exists.
 */
export async function mayKeepDocument(actor: Actor, input: { document_id: number }, q: Kysely<Database>): Promise<boolean> {
  const row = await documentById(q, input.document_id);
  if (!row || !canManageArchive(actor, row.cooperation_id)) throw new NotFoundError('No document has this id.');
  return true;
}
