import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { canManageMeetings } from '../../cases';
import { meetingWithBody } from '../meetings.repository';
import { lastDispatchEvent } from '../summons-mail/summons-mail.repository';

export interface SummonsDispatchView {
  /** When it was recorded (ISO instant, just after the mails went out). */
  at: string;
  by: string;
  /** False: SMTP_URL was unset, nothing was sent; the summons was only published. */
  mailConfigured: boolean;
  sent: { email: string; name: string | null; isDeputy: boolean }[];
  failed: { email: string; error: string }[];
}

/** The newest e-mail dispatch of a meeting's summons; null when none is recorded or the actor may not manage the meeting. */
export async function summonsDispatch(db: Db, meetingId: number, actor: Actor): Promise<SummonsDispatchView | null> {
  const meeting = await meetingWithBody(db, meetingId);
  if (!meeting || !canManageMeetings(actor, meeting.cooperation_id)) return null;
  const event = await lastDispatchEvent(db, meetingId);
  if (!event?.after) return null;
  const after = JSON.parse(event.after) as {
    mailConfigured: boolean;
    sent: { email: string; name: string | null; is_deputy: boolean }[];
    failed: { email: string; error: string }[];
  };
  return {
    at: event.occurred_at,
    by: event.actor_label,
    mailConfigured: after.mailConfigured,
    sent: after.sent.map((s) => ({ email: s.email, name: s.name, isDeputy: s.is_deputy })),
    failed: after.failed,
  };
}
