import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema';

/** The SQL of the summons by e-mail: who holds a seat with an e-mail address, and the dispatch records. Knows no rules. */
type Q = Kysely<Database>;

export const DISPATCH_ACTION = 'meeting.summons_dispatch';

/** Persons with an e-mail address holding a seat in the body on `date` (inclusive periods, null = open). */
export function seatHoldersWithEmail(q: Q, bodyId: number, date: string) {
  return q
    .selectFrom('seats as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .select(['p.id as person_id', 'p.name', 'p.email', 's.is_deputy'])
    .where('s.body_id', '=', bodyId)
    .where('p.email', 'is not', null)
    .where((eb) => eb.or([eb('s.start_on', 'is', null), eb('s.start_on', '<=', date)]))
    .where((eb) => eb.or([eb('s.end_on', 'is', null), eb('s.end_on', '>=', date)]))
    .orderBy('s.is_deputy')
    .orderBy('s.id')
    .execute();
}

/** The newest dispatch of a meeting's summons, from the audit trail (where recordSummonsDispatch writes it). */
export function lastDispatchEvent(q: Q, meetingId: number) {
  return q
    .selectFrom('audit_events')
    .select(['occurred_at', 'actor_label', 'after'])
    .where('entity_type', '=', 'meeting')
    .where('entity_id', '=', String(meetingId))
    .where('action', '=', DISPATCH_ACTION)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
