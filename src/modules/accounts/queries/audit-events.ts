import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { ForbiddenError, ValidationError, fieldErrorsFromZod } from '../../../platform/errors';
import { canReadAuditTrail } from '../accounts.policy';
import { countAuditRows, listAuditRows } from '../accounts.repository';
import { auditListInput, type AuditListInput } from '../accounts.schemas';

export interface AuditEvent {
  id: number;
  occurredAt: string;
  actorUserId: number | null;
  /** The e-mail address of the user, or `cli`, `seed` … for the system. */
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  rows: AuditEvent[];
  total: number;
  page: number;
  limit: number;
}

/** The audit trail, newest first, one page at a time. Administrators only. */
export async function listAuditEvents(db: Db, actor: Actor, input: AuditListInput = {}): Promise<AuditPage> {
  if (!canReadAuditTrail(actor)) throw new ForbiddenError();
  const parsed = auditListInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error.issues), 'The audit trail query is not valid.', 400);
  const { page, limit, entityType, action } = parsed.data;
  const filter = { entityType, action };
  const [rows, total] = await Promise.all([listAuditRows(db, filter, (page - 1) * limit, limit), countAuditRows(db, filter)]);
  return {
    rows: rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at,
      actorUserId: row.actor_user_id,
      actorLabel: row.actor_label,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: parseJson(row.before),
      after: parseJson(row.after),
    })),
    total,
    page,
    limit,
  };
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
