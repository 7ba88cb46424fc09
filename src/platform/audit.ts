import type { Transaction } from 'kysely';
import { actorLabel, type Actor } from './authz';
import type { Database } from './db/schema';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Called inside the command's transaction, so the trail and the change commit or fail together. */
export async function recordAudit(trx: Transaction<Database>, actor: Actor, entry: AuditEntry, at = new Date()): Promise<void> {
  await trx
    .insertInto('audit_events')
    .values({
      occurred_at: at.toISOString(),
      actor_user_id: actor.kind === 'user' ? actor.userId : null,
      actor_label: actorLabel(actor),
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
