import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/authz';
import type { Database } from '../../platform/db/schema';
import { ValidationError } from '../../platform/errors';
import { getCase } from '../cases';

/** A decision or status links only to a case of the service's own cooperation that the actor may read. */
export async function checkCaseLink(q: Kysely<Database>, caseId: number | null | undefined, cooperationId: number, actor: Actor, field = 'case_id') {
  if (caseId === null || caseId === undefined) return;
  const found = await getCase(q, caseId, actor);
  if (!found || found.cooperationId !== cooperationId) {
    throw new ValidationError({ [field]: [`${caseId} is not a case of this cooperation: give the id of the case that decided it, or leave it empty`] });
  }
}
