import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/authz';
import type { Database } from '../../platform/db/schema';
import { NotFoundError } from '../../platform/errors';
import { checkCaseLink } from './case-link';
import { canManageServices } from './services.policy';
import { serviceById, type ServiceRow } from './services.repository';

/**
 * The service a command writes about. A missing one answers 404 already in `authorize`, before the
 * actor's rights are weighed, as every services command does.
 */
export async function requireService(q: Kysely<Database>, serviceId: number): Promise<ServiceRow> {
  const service = await serviceById(q, serviceId);
  if (!service) throw new NotFoundError('No such service.');
  return service;
}

/** `authorize` of a command on one service: the keepers of its cooperation's services may. */
export async function mayManageService(actor: Actor, input: { service_id: number }, q: Kysely<Database>): Promise<boolean> {
  return canManageServices(actor, (await requireService(q, input.service_id)).cooperation_id);
}

/**
 * A decision and a status event both concern a service and may name the case that decided them:
 * the service must exist and the case must be one of its cooperation's that the actor may read.
 */
export async function serviceWithCaseLink(q: Kysely<Database>, input: { service_id: number; case_id?: number | null }, actor: Actor): Promise<ServiceRow> {
  const service = await requireService(q, input.service_id);
  await checkCaseLink(q, input.case_id, service.cooperation_id, actor);
  return service;
}
