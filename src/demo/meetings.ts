import type { Transaction } from 'kysely';
import type { Actor } from '../platform/authz';
import type { Database } from '../platform/db/schema';
import { NO_LINKS, type DemoLinks } from './links';

/** The demo's meetings (work in progress), written through the module's commands as `actor`. */
export async function seedMeetings(_trx: Transaction<Database>, _actor: Actor, _links: DemoLinks = NO_LINKS): Promise<DemoLinks> {
  return NO_LINKS;
}
